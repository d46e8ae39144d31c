import { View } from '@tarojs/components';
import { usePushJob, type AudienceType } from '../../../../features/inbox/use-push-job';
import { tPush as m } from '../../../../i18n/push';
import { tFields } from '../../../../i18n/fields';
import { ROUTES, navigate } from '../../../../platform/navigation';
import './index.css';
import { AppButton } from '../../../../components/app-button';
import { AnnounceForm } from './announce-form';
import { Field } from './field';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';

const KINDS = ['staff.push', 'maintenance', 'policy.published', 'security.incident'] as const;
const AUDIENCES: AudienceType[] = ['person', 'accounts', 'matter', 'policy', 'everyone'];

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
          <View className="push__link" onClick={() => navigate(ROUTES.accountSignIn)}>
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
        <Field
          name="title"
          placeholder={tFields.push.title}
          label={m.titleLabel}
          value={f.title}
          max={40}
          onInput={(v) => p.set('title', v)}
        />
        <Field
          name="body"
          placeholder={tFields.push.body}
          label={m.bodyLabel}
          value={f.body}
          max={500}
          onInput={(v) => p.set('body', v)}
        />
        <View className="push__label">{m.kindLabel}</View>
        <View className="push__choices">
          {KINDS.map((k) => (
            <View
              key={k}
              className={`push__choice push__kind--${k.replace('.', '-')}${f.kind === k ? ' push__choice--on' : ''}`}
              onClick={() => p.set('kind', k)}
            >
              {m.kinds[k]}
            </View>
          ))}
        </View>
        <View className="push__label">{m.audienceLabel}</View>
        <View className="push__choices">
          {AUDIENCES.map((a) => (
            <View
              key={a}
              className={`push__choice push__audience--${a}${f.audience === a ? ' push__choice--on' : ''}`}
              onClick={() => p.set('audience', a)}
            >
              {m.audiences[a]}
            </View>
          ))}
        </View>
        {f.audience === 'person' && (
          <Field
            name="account"
            placeholder={tFields.push.account}
            label={m.accountName}
            value={f.accountName}
            onInput={(v) => p.set('accountName', v)}
          />
        )}
        {f.audience === 'accounts' && (
          <Field
            name="accounts"
            placeholder={tFields.push.accounts}
            label={m.accountNames}
            value={f.accountNames}
            onInput={(v) => p.set('accountNames', v)}
          />
        )}
        {f.audience === 'matter' && (
          <Field
            name="matter"
            placeholder={tFields.push.matter}
            label={m.matterCode}
            value={f.matterCode}
            onInput={(v) => p.set('matterCode', v)}
          />
        )}
        {f.audience === 'policy' && (
          <View>
            <Field
              name="document"
              placeholder={tFields.push.document}
              label={m.policyDocument}
              value={f.policyDocument}
              onInput={(v) => p.set('policyDocument', v)}
            />
            <Field
              name="version"
              placeholder={tFields.push.version}
              label={m.policyVersion}
              value={f.policyVersion}
              onInput={(v) => p.set('policyVersion', v)}
            />
          </View>
        )}
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
              <View className="push__label">{`${m.previewWechat}（${p.job.preview.template ?? ''}）`}</View>
              {p.job.preview.fields.map((field) => (
                <View key={field.name} className="push__hint push__field">{`${field.name}：${field.value}`}</View>
              ))}
            </View>
          )}
          <AppButton
            className="push__send"
            variant="primary"
            disabled={p.sending || p.progress?.status === 'done'}
            onClick={() => void p.send()}
          >
            {m.send}
          </AppButton>
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
