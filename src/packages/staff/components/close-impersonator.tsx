import { View } from '@tarojs/components';
import { AppButton } from '../../../components/app-button';
import { TextField } from '../../../components/text-field';
import { useCloseImpersonator } from '../../../features/staff/use-close-impersonator';
import { tIdentity } from '../../../i18n/identity';

/** The account screen's last section: closing an impersonating account (admins; the cloud checks). */
export function CloseImpersonator({ accountName, onClosed }: { accountName: string; onClosed: () => void }) {
  const c = useCloseImpersonator(accountName, onClosed);
  const m = tIdentity.impersonator;
  return (
    <View className="staff-desk__section close-impersonator">
      <View className="staff-desk__title">{m.title}</View>
      <View className="staff-desk__meta">{m.intro}</View>
      <TextField
        label={m.reason}
        name="close-impersonator__reason"
        placeholder={m.reason}
        maxlength={200}
        value={c.reason}
        onChange={c.setReason}
      />
      {c.error && <View className="staff-desk__error close-impersonator__error">{c.error}</View>}
      <AppButton
        className="staff-desk__button close-impersonator__submit"
        variant="warn"
        disabled={!c.reason.trim()}
        loading={c.busy}
        onClick={() => void c.close()}
      >
        {m.submit}
      </AppButton>
    </View>
  );
}
