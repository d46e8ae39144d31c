import { View } from '@tarojs/components';
import {
  REPORT_CONTACT_MAX,
  REPORT_KINDS,
  REPORT_REASONS,
  REPORT_TARGET_MAX,
  REPORT_TEXT_MAX,
} from '../../../../../cloudfunctions/lib/contract/reports';
import { AppButton } from '../../../../components/app-button';
import { useReportForm } from '../../../../features/feedback/use-report-form';
import { tReports } from '../../../../i18n/reports';
import '../../../../styles/service-desk.css';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';
import { useCareMode } from '../../../../features/care/use-care-mode';

const e = tReports.entry;

/**
 * 举报 (agreement §5.9): an account, a message or uploaded content, with a reason; the outcome comes to
 * the inbox. 我的账号被盗 comes first, for an owner who cannot sign in any more (issue 15).
 */
export default function ReportPage() {
  usePageTitle(tp.titles.report);
  const care = useCareMode();
  const f = useReportForm();
  if (f.sent)
    return <View className={`svc report report__sent ${care.rootClass}`}>{f.stolen ? e.stolenSent : e.sent}</View>;
  return (
    <View className={`svc report ${care.rootClass}`}>
      <View className="svc__choices">
        <View
          className={`svc__choice qyb-tap report__stolen${f.stolen ? ' svc__choice--on' : ''}`}
          role="checkbox"
          aria-checked={f.stolen}
          onClick={() => f.setStolen(!f.stolen)}
        >
          {e.stolen}
        </View>
      </View>
      {f.stolen ? <StolenFields f={f} /> : <ReportFields f={f} />}
      {f.error && <View className="svc__error report__error">{f.error}</View>}
      <AppButton
        className="svc__button report__submit"
        variant="primary"
        disabled={f.busy || !f.ready}
        onClick={() => void f.submit()}
      >
        {f.stolen ? e.stolenSubmit : e.submit}
      </AppButton>
    </View>
  );
}

type ReportForm = ReturnType<typeof useReportForm>;

/** "My account was stolen": the account name and how to reach the owner, who may have no way to sign in. */
function StolenFields({ f }: { f: ReportForm }) {
  return (
    <View className="report__stolen-fields">
      <View className="svc__hint report__stolen-intro">{e.stolenIntro}</View>
      <TextField
        name="report__target"
        label={e.target.account}
        value={f.target}
        maxlength={REPORT_TARGET_MAX}
        placeholder={tFields.report.target}
        onChange={f.setTarget}
      />
      <TextField
        name="report__contact"
        label={e.contact}
        value={f.contact}
        maxlength={REPORT_CONTACT_MAX}
        placeholder={e.contactPlaceholder}
        onChange={f.setContact}
      />
      <TextField
        name="report__text"
        label={e.text}
        value={f.text}
        maxlength={REPORT_TEXT_MAX}
        placeholder={tFields.report.text}
        onChange={f.setText}
      />
    </View>
  );
}

function ReportFields({ f }: { f: ReportForm }) {
  return (
    <View>
      <View className="svc__hint">{e.intro}</View>
      <View className="svc__label">{e.kind}</View>
      <View className="svc__choices" role="radiogroup" aria-label={e.kind}>
        {REPORT_KINDS.map((kind) => (
          <View
            key={kind}
            className={`svc__choice qyb-tap report__kind report__kind--${kind}${f.kind === kind ? ' svc__choice--on' : ''}`}
            role="radio"
            aria-checked={f.kind === kind}
            onClick={() => f.setKind(kind)}
          >
            {tReports.kinds[kind]}
          </View>
        ))}
      </View>
      <TextField
        name="report__target"
        label={e.target[f.kind]}
        value={f.target}
        maxlength={64}
        placeholder={tFields.report.target}
        onChange={f.setTarget}
      />
      <View className="svc__label">{e.reason}</View>
      <View className="svc__choices" role="radiogroup" aria-label={e.reason}>
        {REPORT_REASONS.map((reason) => (
          <View
            key={reason}
            className={`svc__choice qyb-tap report__reason report__reason--${reason}${f.reason === reason ? ' svc__choice--on' : ''}`}
            role="radio"
            aria-checked={f.reason === reason}
            onClick={() => f.setReason(reason)}
          >
            {tReports.reasons[reason]}
          </View>
        ))}
      </View>
      <TextField
        name="report__text"
        label={e.text}
        value={f.text}
        maxlength={REPORT_TEXT_MAX}
        placeholder={tFields.report.text}
        onChange={f.setText}
      />
    </View>
  );
}
