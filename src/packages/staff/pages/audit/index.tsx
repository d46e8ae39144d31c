import { Picker, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { AppButton } from '../../../../components/app-button';
import { AUDIT_RANGES, useStaffAudit, type AuditFilters } from '../../../../features/staff/use-staff-audit';
import { auditActionName, tAudit } from '../../../../i18n/audit';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import '../staff-desk.css';
import './index.css';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';

const m = tAudit;
/** The actions the picker offers: every one the catalog names, "all" first. */
const ACTIONS = ['', ...Object.keys(m.actions)];
const actionLabel = (action: string) => (action ? auditActionName(action) : m.anyAction);
const who = (actor: string) => m.actors[actor] ?? actor;

/** Admins read the sealed audit trail: its check on top, anomaly alerts, then entries newest first. */
export default function StaffAuditPage() {
  usePageTitle(tp.titles.audit);
  const care = useCareMode();
  const s = useStaffAudit();
  const [filters, setFilters] = useState<AuditFilters>({ actor: '', subject: '', action: '', range: 'all' });
  const set = (patch: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const { verify, search } = s;
  useEffect(() => {
    void verify();
    void search({ actor: '', subject: '', action: '', range: 'all' });
  }, [verify, search]);
  const v = s.verification;

  return (
    <View className={`staff-desk staff-audit ${care.rootClass}`}>
      {v ? (
        <View className={`staff-audit__chain staff-audit__chain--${v.intact ? 'intact' : 'broken'}`}>
          {v.intact ? m.intact(v.length) : m.broken(v.firstBrokenSeq)}
        </View>
      ) : (
        <View className="staff-desk__meta staff-audit__checking">{m.checking}</View>
      )}
      {s.error && <View className="staff-desk__error staff-audit__error">{s.error}</View>}
      {s.alerts.length > 0 && (
        <View className="staff-desk__section staff-audit__alerts">
          <View className="staff-desk__title">{m.alertsTitle}</View>
          {s.alerts.map((a) => (
            <View key={`${a.rule}${a.actor}${a.windowStart}`} className="staff-audit__alert">
              {m.alert(m.rules[a.rule] ?? a.rule, who(a.actor), beijingDateTime(a.windowStart), a.count, a.limit)}
            </View>
          ))}
        </View>
      )}
      <View className="staff-desk__section staff-audit__filters">
        <TextField
          name="staff-audit__actor"
          label={m.actor}
          value={filters.actor}
          placeholder={tFields.staff.actor}
          onChange={(actor) => set({ actor })}
        />
        <TextField
          name="staff-audit__subject"
          label={m.subject}
          value={filters.subject}
          placeholder={tFields.staff.subject}
          onChange={(subject) => set({ subject })}
        />
        <View className="staff-desk__label">{m.action}</View>
        <Picker
          mode="selector"
          range={ACTIONS.map(actionLabel)}
          value={ACTIONS.indexOf(filters.action)}
          onChange={(e) => set({ action: ACTIONS[Number(e.detail.value)] ?? '' })}
        >
          <View className="qyb-field qyb-select staff-audit__action" role="button">
            {actionLabel(filters.action)}
          </View>
        </Picker>
        <View className="staff-desk__label">{m.time}</View>
        <View className="staff-desk__choices" role="radiogroup" aria-label={m.time}>
          {AUDIT_RANGES.map((range) => (
            <View
              key={range}
              className={`staff-desk__choice staff-audit__range--${range}${filters.range === range ? ' staff-desk__choice--on' : ''}`}
              role="radio"
              aria-checked={filters.range === range}
              onClick={() => set({ range })}
            >
              {m.ranges[range]}
            </View>
          ))}
        </View>
        <AppButton
          className="staff-desk__button staff-audit__search"
          loading={s.loading}
          onClick={() => void search(filters)}
        >
          {m.search}
        </AppButton>
      </View>
      <View className="staff-desk__section staff-audit__rows">
        <View className="staff-desk__title">{m.title}</View>
        {s.rows.length === 0 && !s.loading && <View className="staff-desk__meta">{m.empty}</View>}
        {s.rows.map((row) => (
          <View
            key={row.seq}
            className={`staff-desk__item staff-audit__row${row.flagged ? ' staff-audit__row--flagged' : ''}`}
          >
            {row.flagged && <View className="staff-audit__flag">{m.flagged}</View>}
            {`${who(row.actor)} · ${auditActionName(row.action)}`}
            <View className="staff-desk__meta">
              {`${beijingDateTime(row.at)}${row.subject ? ` · ${m.about} ${row.subject}` : ''}`}
            </View>
          </View>
        ))}
        {s.cursor !== null && (
          <View
            className="staff-desk__link qyb-tap staff-audit__more"
            role="button"
            onClick={() => void search(filters, s.cursor)}
          >
            {m.more}
          </View>
        )}
      </View>
    </View>
  );
}
