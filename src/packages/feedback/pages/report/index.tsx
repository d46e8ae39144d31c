import { View } from '@tarojs/components';
import { REPORT_KINDS, REPORT_REASONS, REPORT_TEXT_MAX } from '../../../../../cloudfunctions/lib/contract/reports';
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

/** 举报 (agreement §5.9): an account, a message or uploaded content, with a reason; the outcome comes to the inbox. */
export default function ReportPage() {
  usePageTitle(tp.titles.report);
  const care = useCareMode();
  const f = useReportForm();
  if (f.sent) return <View className={`svc report report__sent ${care.rootClass}`}>{e.sent}</View>;
  return (
    <View className={`svc report ${care.rootClass}`}>
      <View className="svc__hint">{e.intro}</View>
      <View className="svc__label">{e.kind}</View>
      <View className="svc__choices">
        {REPORT_KINDS.map((kind) => (
          <View
            key={kind}
            className={`svc__choice report__kind report__kind--${kind}${f.kind === kind ? ' svc__choice--on' : ''}`}
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
      <View className="svc__choices">
        {REPORT_REASONS.map((reason) => (
          <View
            key={reason}
            className={`svc__choice report__reason report__reason--${reason}${f.reason === reason ? ' svc__choice--on' : ''}`}
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
      {f.error && <View className="svc__error report__error">{f.error}</View>}
      <AppButton
        className="svc__button report__submit"
        variant="primary"
        disabled={f.busy || !f.target.trim()}
        onClick={() => void f.submit()}
      >
        {e.submit}
      </AppButton>
    </View>
  );
}
