import { View } from '@tarojs/components';
import { usePushJob, type AudienceType } from '../../../../features/inbox/use-push-job';
import { tPush as m } from '../../../../i18n/push';
import { tFields } from '../../../../i18n/fields';
import { ROUTES, navigate } from '../../../../platform/navigation';
import './index.css';
import { AppButton } from '../../../../components/app-button';
import { AnnounceForm } from './announce-form';
import { Choices } from './choices';
import { Field } from './field';
import { MessageFields } from './message-fields';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { aside, labelled } from '../../../../i18n/compose';
import { useCareMode } from '../../../../features/care/use-care-mode';

const KINDS = ['staff.push', 'maintenance', 'policy.published', 'security.incident'] as const;
const AUDIENCES: AudienceType[] = ['person', 'accounts', 'matter', 'policy', 'everyone'];
type AudienceField = {
  name: string;
  key: 'accountName' | 'accountNames' | 'matterCode' | 'policyDocument' | 'policyVersion';
  placeholder: string;
  label: string;
};
/**
 * What each audience asks for besides the message (everyone: nothing); read at render, so the
 * labels follow a language switched in place.
 */
const audienceFields = (): Record<AudienceType, AudienceField[]> => ({
  person: [{ name: 'account', key: 'accountName', placeholder: tFields.push.account, label: m.accountName }],
  accounts: [{ name: 'accounts', key: 'accountNames', placeholder: tFields.push.accounts, label: m.accountNames }],
  matter: [{ name: 'matter', key: 'matterCode', placeholder: tFields.push.matter, label: m.matterCode }],
  policy: [
    { name: 'document', key: 'policyDocument', placeholder: tFields.push.document, label: m.policyDocument },
    { name: 'version', key: 'policyVersion', placeholder: tFields.push.version, label: m.policyVersion },
  ],
  everyone: [],
});

/**
 * Staff push (pusher and admin roles): compose, see who and what, then send with progress. Admins
 * also send security incidents to the people affected, and announce maintenance (AnnounceForm).
 */
export default function PushPage() {
  usePageTitle(tp.titles.push);
  const care = useCareMode();
  const p = usePushJob();
  const f = p.form;

  if (p.errorCode === 'ACCOUNT.FORBIDDEN' || p.errorCode === 'ACCOUNT.NOT_SIGNED_IN') {
    return (
      <View className={`push ${care.rootClass}`}>
        <View className="push__section push__forbidden">
          {p.error || m.forbidden}
          <View className="push__link qyb-tap" role="link" onClick={() => navigate(ROUTES.accountSignIn)}>
            {m.signIn}
          </View>
        </View>
      </View>
    );
  }

  const total = p.progress?.audienceSize ?? p.job?.audienceSize ?? 0;
  const done = p.progress?.done ?? 0;
  return (
    <View className={`push ${care.rootClass}`}>
      <View className="push__section">
        <View className="push__hint">{m.intro}</View>
        <MessageFields
          title={f.title}
          body={f.body}
          onTitle={(v) => p.set('title', v)}
          onBody={(v) => p.set('body', v)}
        />
        <Choices
          label={m.kindLabel}
          options={KINDS}
          value={f.kind}
          className={(k) => `push__kind--${k.replace('.', '-')}`}
          text={(k) => m.kinds[k]}
          onPick={(k) => p.set('kind', k)}
        />
        <Choices
          label={m.audienceLabel}
          options={AUDIENCES}
          value={f.audience}
          className={(a) => `push__audience--${a}`}
          text={(a) => m.audiences[a]}
          onPick={(a) => p.set('audience', a)}
        />
        {audienceFields()[f.audience].map((field) => (
          <Field
            key={field.name}
            name={field.name}
            placeholder={field.placeholder}
            label={field.label}
            value={f[field.key]}
            onInput={(v) => p.set(field.key, v)}
          />
        ))}
        {p.error && <View className="push__error">{p.error}</View>}
        <AppButton className="push__create" disabled={!f.title || !f.body || p.sending} onClick={() => void p.create()}>
          {m.create}
        </AppButton>
      </View>
      {p.job && (
        <View className="push__section push__preview">
          <View className="push__size">{m.audienceSize(p.job.audienceSize)}</View>
          <View className="push__preview-title">{p.job.preview.title}</View>
          <View className="push__hint">{p.job.preview.body}</View>
          {p.job.preview.fields && (
            <View className="push__wechat">
              <View className="push__label">
                {p.job.preview.template ? aside(m.previewWechat, p.job.preview.template) : m.previewWechat}
              </View>
              {p.job.preview.fields.map((field) => (
                <View key={field.name} className="push__hint push__field">
                  {labelled(field.name, field.value)}
                </View>
              ))}
            </View>
          )}
          {p.job.proposalId ? (
            <View className="push__hint push__awaiting">{m.awaitingApproval}</View>
          ) : (
            <AppButton
              className="push__send"
              variant="primary"
              disabled={p.sending || p.progress?.status === 'done'}
              onClick={() => void p.send()}
            >
              {m.send}
            </AppButton>
          )}
        </View>
      )}
      {p.progress && (
        <View className="push__section push__progress">
          <View className="push__bar">
            <View className="push__bar-fill" style={{ width: `${total ? Math.round((done / total) * 100) : 0}%` }} />
          </View>
          <View className="push__progress-text">{m.progress(done, total)}</View>
          <View className="push__inbox">{m.inboxCount(p.progress.inbox, total)}</View>
          <View className="push__counts">{m.counts(p.progress.sent, p.progress.skipped, p.progress.failed)}</View>
          <View className="push__hint push__wechat-note">{m.wechatNote}</View>
          {p.progress.status === 'done' && <View className="push__done">{m.finished}</View>}
        </View>
      )}
      <AnnounceForm />
    </View>
  );
}
