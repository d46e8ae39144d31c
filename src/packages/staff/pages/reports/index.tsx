import { labelled } from '../../../../i18n/compose';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { AppButton } from '../../../../components/app-button';
import { useStaffReports } from '../../../../features/feedback/use-staff-reports';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tReports } from '../../../../i18n/reports';
import '../../../../styles/service-desk.css';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';
import { useCareMode } from '../../../../features/care/use-care-mode';

const q = tReports.reportQueue;

/** Open reports, a compromised account first; each decided with a note, after a confirmation. */
export default function StaffReportsPage() {
  const care = useCareMode();
  usePageTitle(tp.titles.staffReports);
  const r = useStaffReports();
  useDidShow(() => {
    void r.load();
  });
  return (
    <View className={`svc staff-reports ${care.rootClass}`}>
      <View className="svc__title">{q.title}</View>
      {r.error && <View className="svc__error staff-reports__error">{r.error}</View>}
      {r.loaded && r.items.length === 0 && !r.error && (
        <View className="svc__hint staff-reports__empty">{q.empty}</View>
      )}
      {r.items.map((item) => (
        <View
          key={item.id}
          className={`svc__card staff-reports__item${item.flagged ? ' staff-reports__item--flagged' : ''}`}
        >
          {item.flagged && <View className="svc__notice staff-reports__flagged">{q.flagged}</View>}
          <View className="svc__card-title">{labelled(tReports.kinds[item.kind], item.target)}</View>
          <View className="svc__hint">
            {tReports.reasons[item.reason]} · {beijingDateTime(item.createdAt)}
          </View>
          {item.text && <View className="staff-reports__text">{item.text}</View>}
          <TextField
            name="staff-reports__note"
            idSuffix={item.id}
            label={tFields.staff.noteLabel}
            value={r.notes[item.id] ?? ''}
            maxlength={200}
            placeholder={q.notePlaceholder}
            onChange={(note) => r.setNote(item.id, note)}
          />
          <View className="svc__choices">
            {item.outcomes.map((outcome) => (
              <AppButton
                key={outcome}
                className={`svc__button staff-reports__decide staff-reports__decide--${outcome}`}
                variant={outcome === 'dismiss' ? 'default' : 'warn'}
                disabled={r.busy}
                onClick={() => void r.decide(item.id, outcome)}
              >
                {tReports.outcomes[outcome]}
              </AppButton>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
