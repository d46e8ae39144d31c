import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OidcScopeName } from '../../../../../cloudfunctions/lib/contract/oidc';
import { AppButton } from '../../../../components/app-button';
import { ListError } from '../../../../components/list-error';
import { ServiceLogo } from '../../../../components/service-logo';
import { Skeleton } from '../../../../components/skeleton';
import { TextField } from '../../../../components/text-field';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { linesOf, useOidcClients } from '../../../../features/oidc/use-oidc-clients';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tOidcClients } from '../../../../i18n/oidc-clients';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import '../staff-desk.css';
import './index.css';
import { LogoField } from './logo-field';

const SCOPES: readonly OidcScopeName[] = ['openid', 'profile', 'phone', 'real_name', 'enterprise'];

/**
 * Admins register the services that sign people in with a 琴易办 account (agreement §2): each with
 * its own terms, which people read on the consent page, and the information it may ask for.
 */
export default function StaffOidcClientsPage() {
  usePageTitle(tp.titles.oidcClients);
  const care = useCareMode();
  const s = useOidcClients();
  const m = tOidcClients;
  const [name, setName] = useState('');
  const [redirects, setRedirects] = useState('');
  const [appIds, setAppIds] = useState('');
  const [termsUrl, setTermsUrl] = useState('');
  const [privacyUrl, setPrivacyUrl] = useState('');
  const [scopes, setScopes] = useState<OidcScopeName[]>(['openid']);
  const toggle = (scope: OidcScopeName) => {
    if (scope === 'openid') return;
    setScopes(scopes.includes(scope) ? scopes.filter((x) => x !== scope) : [...scopes, scope]);
  };

  const register = async () => {
    const miniProgramAppIds = linesOf(appIds);
    const ok = await s.add({
      name: name.trim(),
      redirectUris: linesOf(redirects),
      termsUrl: termsUrl.trim(),
      privacyUrl: privacyUrl.trim(),
      scopes,
      ...(miniProgramAppIds.length > 0 ? { miniProgramAppIds } : {}),
    });
    if (!ok) return;
    setName('');
    setRedirects('');
    setAppIds('');
    setTermsUrl('');
    setPrivacyUrl('');
    setScopes(['openid']);
  };

  return (
    <View className={`staff-desk staff-oidc ${care.rootClass}`}>
      <View className="staff-desk__meta staff-oidc__intro">{m.intro}</View>
      {s.added && (
        <View className="staff-desk__section staff-oidc__secret" role="alert">
          <View className="staff-desk__title">{m.secretTitle}</View>
          <View className="staff-desk__meta">{m.secretNote}</View>
          <View className="staff-desk__label">{m.clientId}</View>
          <Text className="staff-oidc__credential staff-oidc__new-id qyb-handed-over" userSelect>
            {s.added.clientId}
          </Text>
          <View className="staff-desk__label">{m.secret}</View>
          <Text className="staff-oidc__credential staff-oidc__new-secret qyb-handed-over" userSelect>
            {s.added.clientSecret}
          </Text>
          <AppButton className="staff-desk__button staff-oidc__secret-done" onClick={s.forgetSecret}>
            {m.secretDone}
          </AppButton>
        </View>
      )}

      <View className="staff-desk__section">
        <View className="staff-desk__title">{m.listTitle}</View>
        {!s.loaded && <Skeleton name="staff-oidc__loading" rows={2} />}
        {s.error && <ListError message={s.error} name="staff-oidc__list-error" onRetry={s.load} />}
        {s.disableError && <View className="staff-desk__error staff-oidc__disable-error">{s.disableError}</View>}
        {s.loaded && !s.error && s.items.length === 0 && (
          <View className="staff-desk__meta staff-oidc__empty">{m.empty}</View>
        )}
        {s.items.map((c) => (
          <View
            key={c.clientId}
            className={`staff-desk__item staff-oidc__item staff-oidc__item--${c.disabledAt ? 'disabled' : 'active'}`}
          >
            <View className="staff-oidc__head">
              <ServiceLogo name={c.name} url={c.logoUrl} className="staff-oidc__logo" />
              <View className="staff-desk__title staff-oidc__name">{c.name}</View>
            </View>
            <View className="staff-desk__meta">
              {m.clientId}
              {m.colon}
              <Text className="qyb-handed-over" userSelect>
                {c.clientId}
              </Text>
            </View>
            <View className="staff-desk__meta">
              {m.redirectUris}
              {m.colon}
              {c.redirectUris.join(m.listSeparator)}
            </View>
            {c.miniProgramAppIds.length > 0 && (
              <View className="staff-desk__meta">
                {m.miniPrograms}
                {m.colon}
                {c.miniProgramAppIds.join(m.listSeparator)}
              </View>
            )}
            <View className="staff-desk__meta staff-oidc__scopes">
              {m.scopes}
              {m.colon}
              {c.scopes.map((x) => m.scopeNames[x]).join(m.listSeparator)}
            </View>
            <View className="staff-desk__meta">
              {m.createdAt} {beijingDateTime(c.createdAt)}
            </View>
            {c.disabledAt ? (
              <View className="staff-desk__meta staff-oidc__disabled">
                {m.disabledAt} {beijingDateTime(c.disabledAt)}
              </View>
            ) : (
              <View className="staff-oidc__actions">
                <AppButton
                  className="staff-desk__button staff-oidc__change-logo"
                  loading={s.logoBusy === c.clientId}
                  onClick={() => void s.changeLogo(c.clientId)}
                >
                  {m.changeLogo}
                </AppButton>
                <AppButton
                  className="staff-desk__button staff-oidc__disable"
                  variant="warn"
                  onClick={() => void s.disable(c.clientId)}
                >
                  {m.disable}
                </AppButton>
              </View>
            )}
          </View>
        ))}
      </View>

      <View className="staff-desk__section staff-oidc__form">
        <View className="staff-desk__title">{m.addTitle}</View>
        <TextField
          name="staff-oidc__field-name"
          label={m.name}
          value={name}
          placeholder={m.namePlaceholder}
          maxlength={40}
          onChange={setName}
        />
        <TextField
          name="staff-oidc__redirects"
          label={m.redirectUris}
          value={redirects}
          placeholder={m.redirectPlaceholder}
          multiline
          onChange={setRedirects}
        />
        <TextField
          name="staff-oidc__app-ids"
          label={m.miniPrograms}
          value={appIds}
          placeholder={m.miniProgramsPlaceholder}
          multiline
          onChange={setAppIds}
        />
        <TextField
          name="staff-oidc__terms"
          label={m.termsUrl}
          value={termsUrl}
          placeholder={m.urlPlaceholder}
          onChange={setTermsUrl}
        />
        <TextField
          name="staff-oidc__privacy"
          label={m.privacyUrl}
          value={privacyUrl}
          placeholder={m.urlPlaceholder}
          onChange={setPrivacyUrl}
        />
        <LogoField
          name={name}
          preview={s.logo?.preview ?? null}
          busy={s.logoBusy === 'form'}
          onChoose={() => void s.chooseLogo()}
        />
        <View className="staff-desk__label">{m.scopes}</View>
        <View className="staff-desk__choices">
          {SCOPES.map((scope) => (
            <View
              key={scope}
              className={`staff-desk__choice staff-oidc__scope--${scope}${scopes.includes(scope) ? ' staff-desk__choice--on' : ''}`}
              role="checkbox"
              aria-checked={scopes.includes(scope)}
              aria-disabled={scope === 'openid'}
              onClick={() => toggle(scope)}
            >
              {m.scopeNames[scope]}
            </View>
          ))}
        </View>
        {s.formError && <View className="staff-desk__error staff-oidc__error">{s.formError}</View>}
        <AppButton className="staff-desk__button staff-oidc__add" loading={s.busy} onClick={() => void register()}>
          {m.add}
        </AppButton>
      </View>
    </View>
  );
}
