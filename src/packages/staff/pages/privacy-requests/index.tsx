import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { PRIVACY_REQUEST_STATUSES } from '../../../../../cloudfunctions/lib/contract/privacy';
import { beijingDateTime, calendarDay } from '../../../../i18n/beijing-time';
import { useStaffPrivacy } from '../../../../features/staff/use-staff-privacy';
import { tp } from '../../../../i18n/packages';
import { labelled } from '../../../../i18n/compose';
import { tRights } from '../../../../i18n/rights';
import { tStaffDesk } from '../../../../i18n/staff-desk';
import '../staff-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';
import { FactorPrompt } from '../../../../components/factor-prompt';
import { tStaffFactor } from '../../../../i18n/staff-factor';

type Values = { realName?: string; document?: { type: keyof typeof tp.account.documentTypes; number: string } } | null;

function Values({ name, label, values }: { name: string; label: string; values: Values }) {
  if (!values) return null;
  return (
    <View className={`staff-privacy__values staff-privacy__values--${name}`}>
      <View className="staff-desk__label">{label}</View>
      {values.realName !== undefined && (
        <View className={`staff-privacy__value staff-privacy__${name}-name`}>
          {labelled(tRights.fields.realName, values.realName)}
        </View>
      )}
      {values.document && (
        <View className={`staff-privacy__value staff-privacy__${name}-document`}>
          {labelled(tp.account.documentTypes[values.document.type], values.document.number)}
        </View>
      )}
    </View>
  );
}

/** The privacy-request queue: soonest due first; one request masked, revealed on demand (audited), decided. */
export default function StaffPrivacyRequestsPage() {
  usePageTitle(tp.titles.privacyRequests);
  const care = useCareMode();
  const s = useStaffPrivacy();
  const m = tStaffDesk.requests;
  const { load } = s;
  const [reply, setReply] = useState('');
  useEffect(() => {
    void load('open');
  }, [load]);
  const d = s.detail;

  return (
    <View className={`staff-desk staff-privacy ${care.rootClass}`}>
      {s.error && <View className="staff-desk__error staff-privacy__error">{s.error}</View>}
      {s.decided && <View className="staff-desk__notice staff-privacy__decided">{m.decided}</View>}
      {d ? (
        <View className="staff-desk__section staff-privacy__detail">
          <View className="staff-desk__title">{`${tRights.kinds[d.kind]} · ${d.accountName}`}</View>
          <View className="staff-desk__meta">{`${m.due} ${calendarDay(d.dueDate)} · ${tRights.statuses[d.status]}`}</View>
          {d.text.reason && <View className="staff-privacy__text">{labelled(tRights.reason, d.text.reason)}</View>}
          {d.text.what && <View className="staff-privacy__text">{labelled(tRights.what, d.text.what)}</View>}
          {d.text.question && (
            <View className="staff-privacy__text">{labelled(tRights.question, d.text.question)}</View>
          )}
          {d.kind === 'correction' && (
            <>
              <Values name="current" label={m.current} values={s.revealed ? s.revealed.current : d.current} />
              <Values name="proposed" label={m.proposed} values={s.revealed ? s.revealed.proposed : d.proposed} />
              {s.factorPrompt.open && (
                <FactorPrompt
                  copy={tStaffFactor}
                  code={s.factorPrompt.code}
                  onChange={s.factorPrompt.onChange}
                  busy={s.factorPrompt.busy}
                  error={s.factorPrompt.error}
                  onVerify={() => void s.factorPrompt.verify()}
                  onCancel={s.factorPrompt.cancel}
                />
              )}
              {s.revealed ? (
                <View className="staff-desk__meta staff-privacy__revealed">{m.revealed}</View>
              ) : s.factorPrompt.open ? null : (
                <View
                  className="staff-desk__link qyb-tap staff-privacy__reveal"
                  role="button"
                  onClick={() => void s.reveal()}
                >
                  {m.reveal}
                </View>
              )}
            </>
          )}
          {d.reply && <View className="staff-privacy__text">{tRights.reply + d.reply}</View>}
          {d.status === 'open' && (
            <>
              <TextField
                name="staff-privacy__reply"
                label={m.reply}
                multiline
                value={reply}
                maxlength={500}
                placeholder={tFields.staff.privacyReply}
                onChange={setReply}
              />
              <AppButton
                className="staff-desk__button staff-privacy__approve"
                disabled={!reply}
                onClick={() => void s.decide('approved', reply).then(() => setReply(''))}
              >
                {m.approve}
              </AppButton>
              <AppButton
                className="staff-desk__button staff-privacy__refuse"
                variant="warn"
                disabled={!reply}
                onClick={() => void s.decide('refused', reply).then(() => setReply(''))}
              >
                {m.refuse}
              </AppButton>
            </>
          )}
          <View className="staff-desk__link qyb-tap staff-privacy__back" role="button" onClick={s.close}>
            {m.back}
          </View>
        </View>
      ) : (
        <View className="staff-desk__section staff-privacy__queue">
          <View className="staff-desk__title">{m.title}</View>
          <View className="staff-desk__choices" role="radiogroup" aria-label={m.title}>
            {PRIVACY_REQUEST_STATUSES.map((status) => (
              <View
                key={status}
                className={`staff-desk__choice staff-privacy__filter--${status}${s.status === status ? ' staff-desk__choice--on' : ''}`}
                role="radio"
                aria-checked={s.status === status}
                onClick={() => void load(status)}
              >
                {m.filters[status]}
              </View>
            ))}
          </View>
          {s.items.length === 0 && <View className="staff-desk__meta">{m.empty}</View>}
          {s.items.map((item) => (
            <View
              key={item.id}
              className="staff-desk__item staff-privacy__item"
              role="button"
              onClick={() => void s.open(item.id)}
            >
              {`${tRights.kinds[item.kind]} · ${item.accountName}`}
              <View className={`staff-desk__meta${item.overdue ? ' staff-desk__overdue' : ''}`}>
                {`${m.due} ${calendarDay(item.dueDate)}${item.overdue ? ` · ${m.overdue}` : ''} · ${beijingDateTime(item.createdAt)}`}
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
