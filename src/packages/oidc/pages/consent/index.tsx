import { View } from '@tarojs/components';
import { useState } from 'react';
import { AppButton } from '../../../../components/app-button';
import { ServiceLogo } from '../../../../components/service-logo';
import { useConsentRequest } from '../../../../features/oidc/use-consent-request';
import { tOidc } from '../../../../i18n/oidc';
import { toastSuccess } from '../../../../platform/confirm-action';
import { openExternalLink } from '../../../../platform/external-link';
import '../oidc.css';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

/**
 * Another service asks to sign the person in: who it is, what it would receive (in plain words),
 * its own terms, which must be accepted (a tick) before approving; refusing is as easy.
 */
export default function OidcConsentPage() {
  const care = useCareMode();
  usePageTitle(tp.titles.oidcConsent);
  const c = useConsentRequest();
  const [accepted, setAccepted] = useState(false);
  // Approving before ticking the terms: a reminder, worded at render.
  const [remind, setRemind] = useState(false);
  const hint = remind ? tOidc.mustAccept : '';
  const open = async (url: string) => {
    if ((await openExternalLink(url)) === 'copied') toastSuccess(tOidc.linkCopied);
  };

  if (c.loading) return <View className={`oidc oidc__meta ${care.rootClass}`}>{tOidc.loading}</View>;
  if (!c.request)
    return <View className={`oidc oidc__meta oidc__no-request ${care.rootClass}`}>{tOidc.noRequest}</View>;
  if (!c.view) return <View className={`oidc oidc__error ${care.rootClass}`}>{c.error}</View>;
  const name = c.view.client.name;
  if (c.outcome)
    return (
      <View className={`oidc oidc__outcome oidc__outcome--${c.outcome} ${care.rootClass}`}>
        {c.outcome === 'approved' ? tOidc.approved : tOidc.refused}
        <View className="oidc__meta">{tOidc.revokeAnytime}</View>
      </View>
    );

  return (
    <View className={`oidc ${care.rootClass}`}>
      <View className="oidc__section">
        <View className="oidc__head">
          <ServiceLogo name={name} url={c.view.client.logoUrl} className="oidc__logo" />
          <View className="oidc__service">{name}</View>
        </View>
        <View className="oidc__asks">{tOidc.asks(name)}</View>
        {c.view.scopes.map(({ scope }) => (
          <View key={scope} className={`oidc__scope oidc__scope--${scope}`}>
            · {tOidc.scopes[scope]}
          </View>
        ))}
      </View>
      <View className="oidc__section">
        <View className="oidc__meta">{tOidc.theirTerms}</View>
        <View className="oidc__links">
          <View className="oidc__link oidc__terms" role="link" onClick={() => void open(c.view?.client.termsUrl ?? '')}>
            {tOidc.terms}
          </View>
          <View
            className="oidc__link oidc__privacy"
            role="link"
            onClick={() => void open(c.view?.client.privacyUrl ?? '')}
          >
            {tOidc.privacy}
          </View>
        </View>
        <View
          className={`oidc__tick oidc__accept${accepted ? ' oidc__tick--on' : ''}`}
          role="checkbox"
          aria-checked={accepted}
          onClick={() => {
            setAccepted(!accepted);
            setRemind(false);
          }}
        >
          <View className="oidc__box">{accepted ? '✓' : ''}</View>
          <View>{tOidc.accept(name)}</View>
        </View>
        <View className="oidc__meta">{tOidc.revokeAnytime}</View>
      </View>
      {(hint || c.error) && <View className="oidc__error">{hint || c.error}</View>}
      <AppButton
        className="oidc__approve"
        variant="primary"
        onClick={() => (accepted ? void c.approve() : setRemind(true))}
      >
        {tOidc.approve}
      </AppButton>
      <AppButton className="oidc__refuse" onClick={() => void c.refuse()}>
        {tOidc.refuse}
      </AppButton>
    </View>
  );
}
