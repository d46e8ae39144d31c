import { View } from '@tarojs/components';
import { useAuthorizedServices } from '../../../../features/oidc/use-authorized-services';
import { useScanSignIn } from '../../../../features/oidc/use-scan-sign-in';
import { AppButton } from '../../../../components/app-button';
import { ServiceLogo } from '../../../../components/service-logo';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tOidc } from '../../../../i18n/oidc';
import '../oidc.css';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

/** The privacy center's list: each service signed in with the account, what it may receive, when; revoke. */
export default function AuthorizedServicesPage() {
  const care = useCareMode();
  usePageTitle(tp.titles.authorizedServices);
  const s = useAuthorizedServices();
  const scanner = useScanSignIn();
  if (s.signedOut) return <View className={`oidc oidc__meta ${care.rootClass}`}>{tOidc.signedOut}</View>;
  return (
    <View className={`oidc ${care.rootClass}`}>
      <View className="oidc__section">
        <View className="oidc__meta">{tOidc.scan.hint}</View>
        <AppButton className="oidc__scan" variant="primary" onClick={() => void scanner.scan()}>
          {tOidc.scan.button}
        </AppButton>
        {scanner.error && <View className="oidc__error oidc__scan-error">{scanner.error}</View>}
      </View>
      {s.error && <View className="oidc__error">{s.error}</View>}
      {s.loaded && s.items.length === 0 && <View className="oidc__meta oidc__empty">{tOidc.listEmpty}</View>}
      {s.items.map((item) => (
        <View key={item.id} className={`oidc__item oidc__item--${item.revokedAt ? 'revoked' : 'active'}`}>
          <View className="oidc__head">
            <ServiceLogo name={item.client} url={item.logoUrl} className="oidc__logo" />
            <View className="oidc__item-name">{item.client}</View>
          </View>
          <View className="oidc__meta">{tOidc.received}</View>
          {item.scopes.map((scope) => (
            <View key={scope} className="oidc__scope">
              · {tOidc.scopes[scope]}
            </View>
          ))}
          <View className="oidc__meta">
            {tOidc.grantedAt} {beijingDateTime(item.grantedAt)} · {tOidc.lastIssuedAt}{' '}
            {beijingDateTime(item.lastIssuedAt)}
          </View>
          {item.revokedAt ? (
            <View className="oidc__meta oidc__revoked">
              {tOidc.revokedAt} {beijingDateTime(item.revokedAt)}
            </View>
          ) : (
            <View className="oidc__revoke" role="button" onClick={() => void s.revoke(item.id)}>
              {tOidc.revoke}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
