import { View } from '@tarojs/components';
import { AppButton } from '../../../components/app-button';
import { tIdentity } from '../../../i18n/identity';

/**
 * Shown when the document is registered by another account (agreement §3.1.3): its owner may
 * claim it, registering without it until their real name is verified; what happens next is said.
 */
export function DocumentClaimOffer({ busy, onClaim }: { busy: boolean; onClaim: () => void }) {
  const m = tIdentity.claim;
  return (
    <View className="register__claim">
      <View className="account-form__title register__claim-offer">{m.offer}</View>
      <View className="account-form__hint register__claim-explain">{m.explain}</View>
      <AppButton className="register__claim-submit" variant="primary" loading={busy} onClick={onClaim}>
        {m.submit}
      </AppButton>
    </View>
  );
}
