import { View } from '@tarojs/components';
import { AppButton } from '../../../../components/app-button';
import { ServiceLogo } from '../../../../components/service-logo';
import { tOidcClients } from '../../../../i18n/oidc-clients';

/**
 * The register form's 图标: the chosen image's preview (or the monogram the consent page would show
 * without one) and the button that chooses and uploads it.
 */
export function LogoField(props: { name: string; preview: string | null; busy: boolean; onChoose: () => void }) {
  const m = tOidcClients;
  return (
    <View className="staff-oidc__logo-field">
      <View className="staff-desk__label">{m.logo}</View>
      <View className="staff-desk__meta">{m.logoHint}</View>
      <View className="staff-oidc__logo-row">
        <ServiceLogo
          name={props.name.trim() || m.logo}
          url={props.preview}
          className={`staff-oidc__logo-preview${props.preview ? ' staff-oidc__logo-preview--chosen' : ''}`}
        />
        <AppButton className="staff-desk__button staff-oidc__choose-logo" loading={props.busy} onClick={props.onChoose}>
          {props.preview ? m.changeLogo : m.chooseLogo}
        </AppButton>
      </View>
      {props.preview && <View className="staff-desk__meta staff-oidc__logo-chosen">{m.logoChosen}</View>}
    </View>
  );
}
