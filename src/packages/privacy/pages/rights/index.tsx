import { labelled } from '../../../../i18n/compose';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { DOCUMENT_TYPES } from '../../../../../cloudfunctions/lib/contract/identity-document';
import { PRIVACY_REQUEST_KINDS, type PrivacyRequestView } from '../../../../../cloudfunctions/lib/contract/privacy';
import { beijingDateTime, calendarDay } from '../../../../i18n/beijing-time';
import { EMPTY_DRAFT, useRights, type RightsDraft } from '../../../../features/privacy/use-rights';
import { tp } from '../../../../i18n/packages';
import { tRights } from '../../../../i18n/rights';
import { pageQuery } from '../../../../platform/navigation';
import { ErasureResult } from '../../components/erasure-result';
import { ErasureScope } from '../../components/erasure-scope';
import { PersonalCopyView } from '../../components/personal-copy';
import './index.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';

/** What each field of the rights forms says before anything is typed (src/i18n/zh-CN-fields.ts). */
const PLACEHOLDERS = {
  'copy-password': 'password',
  password: 'password',
  'real-name': 'realName',
  'doc-number': 'documentNumber',
  reason: 'reason',
  what: 'what',
  question: 'question',
} as const;
function Field({
  name,
  label,
  value,
  onChange,
  long,
  password,
}: {
  name: keyof typeof PLACEHOLDERS;
  label: string;
  value: string;
  onChange: (value: string) => void;
  long?: boolean;
  password?: boolean;
}) {
  return (
    <TextField
      name={`rights__${name}`}
      label={label}
      value={value}
      placeholder={tFields.rights[PLACEHOLDERS[name]]}
      multiline={long}
      maxlength={long ? 1000 : undefined}
      password={password}
      onChange={onChange}
    />
  );
}

function RequestItem({ item, onCancel }: { item: PrivacyRequestView; onCancel: () => void }) {
  const status =
    item.kind === 'question' && item.status === 'approved' ? tRights.answered : tRights.statuses[item.status];
  const p = item.proposed;
  return (
    <View className={`rights__item rights__item--${item.status}`}>
      <View className="rights__item-head">
        {tRights.kinds[item.kind]} · <View className="rights__item-status">{status}</View>
      </View>
      {p?.realName && <View className="rights__meta">{labelled(tRights.fields.realName, p.realName)}</View>}
      {p?.document && (
        <View className="rights__meta">{labelled(tp.account.documentTypes[p.document.type], p.document.number)}</View>
      )}
      <View className="rights__meta">{`${tRights.filedAt} ${beijingDateTime(item.createdAt)}`}</View>
      {item.status === 'open' && (
        <View className="rights__meta rights__due">
          {tRights.due(calendarDay(item.dueDate), item.dueDateConfirmed)}
        </View>
      )}
      {item.reply && <View className="rights__reply">{tRights.reply + item.reply}</View>}
      <ErasureResult item={item} />
      {item.status === 'open' && (
        <View className="rights__cancel qyb-tap" role="button" onClick={onCancel}>
          {tRights.cancel}
        </View>
      )}
    </View>
  );
}

/** Policy §8 and PIPL arts. 44–47 in one place: a copy of my information, requests, their answers. */
export default function RightsPage() {
  usePageTitle(tp.titles.rights);
  const care = useCareMode();
  const r = useRights();
  const { load } = r;
  const [draft, setDraft] = useState<RightsDraft>(() => ({
    ...EMPTY_DRAFT,
    kind:
      pageQuery().kind === 'question' || pageQuery().kind === 'deletion'
        ? (pageQuery().kind as RightsDraft['kind'])
        : 'correction',
  }));
  const [copyPassword, setCopyPassword] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  const set = (key: keyof RightsDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit() {
    if (await r.file(draft)) {
      setDraft({ ...EMPTY_DRAFT, kind: draft.kind });
    }
  }

  return (
    <View className={`rights ${care.rootClass}`}>
      <View className="rights__section">
        <View className="rights__title">{tRights.title}</View>
        <View className="rights__hint">{tRights.intro}</View>
        {r.error && <View className="rights__error">{r.error}</View>}
        {r.notice && <View className="rights__notice">{r.notice}</View>}
      </View>

      <View className="rights__section">
        <View className="rights__title">{tRights.copyTitle}</View>
        <View className="rights__hint">{tRights.copyIntro}</View>
        {r.copy ? (
          <>
            <PersonalCopyView copy={r.copy} />
            <View className="rights__link qyb-tap rights__copy-hide" role="button" onClick={() => r.setCopy(null)}>
              {tRights.copyHide}
            </View>
          </>
        ) : (
          <>
            <Field
              name="copy-password"
              label={tRights.password}
              value={copyPassword}
              onChange={setCopyPassword}
              password
            />
            <AppButton
              className="rights__submit rights__copy-get"
              disabled={!copyPassword || r.busy}
              onClick={() => void r.getCopy(copyPassword).then(() => setCopyPassword(''))}
            >
              {tRights.copyGet}
            </AppButton>
          </>
        )}
      </View>

      <View className="rights__section">
        <View className="rights__choices" role="radiogroup" aria-label={tRights.requestKind}>
          {PRIVACY_REQUEST_KINDS.map((kind) => (
            <View
              key={kind}
              className={`rights__choice qyb-tap rights__kind--${kind}${draft.kind === kind ? ' rights__choice--on' : ''}`}
              role="radio"
              aria-checked={draft.kind === kind}
              onClick={() => setDraft((d) => ({ ...d, kind }))}
            >
              {tRights.kinds[kind]}
            </View>
          ))}
        </View>
        {draft.kind === 'correction' && (
          <>
            <Field name="real-name" label={tRights.newRealName} value={draft.realName} onChange={set('realName')} />
            <View className="rights__label">{tRights.newDocument}</View>
            <View className="rights__choices" role="radiogroup" aria-label={tRights.newDocument}>
              {DOCUMENT_TYPES.map((type) => (
                <View
                  key={type}
                  className={`rights__choice qyb-tap rights__doc-type--${type}${draft.documentType === type ? ' rights__choice--on' : ''}`}
                  role="radio"
                  aria-checked={draft.documentType === type}
                  onClick={() => setDraft((d) => ({ ...d, documentType: type }))}
                >
                  {tp.account.documentTypes[type]}
                </View>
              ))}
            </View>
            <Field
              name="doc-number"
              label={tp.account.documentNumber}
              value={draft.documentNumber}
              onChange={set('documentNumber')}
            />
            <Field name="reason" label={tRights.reason} value={draft.reason} onChange={set('reason')} long />
          </>
        )}
        {draft.kind === 'deletion' && (
          <>
            <ErasureScope value={draft.scope} onChange={(scope) => setDraft((d) => ({ ...d, scope }))} />
            <Field name="what" label={tRights.what} value={draft.what} onChange={set('what')} long />
            <Field name="reason" label={tRights.whyDelete} value={draft.reason} onChange={set('reason')} long />
          </>
        )}
        {draft.kind === 'question' && (
          <Field name="question" label={tRights.question} value={draft.question} onChange={set('question')} long />
        )}
        <Field name="password" label={tRights.password} value={draft.password} onChange={set('password')} password />
        <AppButton
          className="rights__submit rights__file"
          disabled={!draft.password || r.busy || (draft.kind === 'deletion' && draft.scope.length === 0)}
          onClick={() => void submit()}
        >
          {tRights.submit}
        </AppButton>
      </View>

      <View className="rights__section rights__mine">
        <View className="rights__title">{tRights.mine}</View>
        {r.items.length === 0 && <View className="rights__meta">{tRights.none}</View>}
        {r.items.map((item) => (
          <RequestItem key={item.id} item={item} onCancel={() => void r.cancel(item.id)} />
        ))}
      </View>
    </View>
  );
}
