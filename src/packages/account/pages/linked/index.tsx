import { View } from '@tarojs/components';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { AppButton } from '../../../../components/app-button';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { useLinkedAccounts } from '../../../../features/linked/use-linked-accounts';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { providerName, tLinked } from '../../../../i18n/linked';
import { TextField } from '../../../../components/text-field';
import '../form.css';
import './index.css';

/** 关联账号 (policy §7.1): my linked outside accounts, linking one and unlinking one. */
export default function LinkedAccountsPage() {
  usePageTitle(tp.titles.linked);
  const care = useCareMode();
  const s = useLinkedAccounts();
  if (s.signedOut) return <View className={`account-form linked ${care.rootClass}`}>{tLinked.signedOut}</View>;
  return (
    <View className={`account-form linked ${care.rootClass}`}>
      <View className="account-form__title">{tLinked.entry}</View>
      <View className="linked__intro">{tLinked.intro}</View>
      {s.loaded && s.items.length === 0 && <View className="linked__empty">{tLinked.empty}</View>}
      {s.items.map((item) => (
        <View key={item.id} className="linked__item">
          <View className="linked__name">{providerName(item.provider, item.providerName)}</View>
          <View className="linked__meta">
            {tLinked.linkedAt} {beijingDateTime(item.linkedAt)}
          </View>
          <AppButton className="linked__unlink" variant="warn" onClick={() => void s.unlink(item.id)}>
            {tLinked.unlink}
          </AppButton>
        </View>
      ))}
      <TextField
        label={tLinked.password}
        name="linked__password"
        password
        placeholder={tLinked.passwordHint}
        value={s.password}
        onChange={s.setPassword}
      />
      {s.error && <View className="account-form__error linked__error">{s.error}</View>}
      {s.loaded && s.providers.length === 0 && <View className="linked__empty">{tLinked.noProviders}</View>}
      {s.providers.map((p) => (
        <AppButton key={p.id} className="linked__link" variant="primary" onClick={() => void s.link(p.id)}>
          {tLinked.link} {providerName(p.id, p.name)}
        </AppButton>
      ))}
    </View>
  );
}
