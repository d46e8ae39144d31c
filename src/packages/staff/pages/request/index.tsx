import { calendarDay } from '../../../../i18n/beijing-time';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { DeliveryCard, DetailRow } from '../../../../components/request-detail';
import { RequestTimeline } from '../../../../components/request-timeline';
import { timelineRows } from '../../../../features/requests/timeline-rows';
import { formRows } from '../../../../features/requests/form-rows';
import { STAFF_ACTIONS, useStaffRequest } from '../../../../features/requests/use-staff-request';
import { tr } from '../../../../i18n/requests';
import { aside } from '../../../../i18n/compose';
import { FilePreview } from '../../../../components/file-preview';
import { MaterialViewLink } from '../../../../components/file-preview/material-view-link';
import { humanFileName, materialLabels, materialTitle } from '../../../../features/requests/material-label';
import { useFilePreview } from '../../../../features/requests/use-file-preview';
import { usePageQuery } from '../../../../platform/navigation';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';

const s = tr.staff;
const d = tr.detail;

export default function StaffRequestPage() {
  usePageTitle(tp.titles.staffRequest);
  const care = useCareMode();
  const r = useStaffRequest(usePageQuery().id ?? '');
  // What a preview shows: a material's uploadId, named at render.
  const preview = useFilePreview();
  useDidShow(() => {
    void r.load();
  });
  const v = r.request;
  if (!v)
    return (
      <View className={`svc ${care.rootClass}`}>
        {r.error && <View className="svc__error staff-request__error">{r.error.message}</View>}
      </View>
    );
  const allowed = STAFF_ACTIONS.filter(r.allowed);
  const labels = materialLabels(v.materials);
  return (
    <View className={`svc staff-request ${care.rootClass}`}>
      <View className="svc__title">{v.matterName}</View>
      {r.error && (
        <View
          className={`svc__error staff-request__error staff-request__error--${r.error.code.toLowerCase().replace(/[._]/g, '-')}`}
        >
          {r.error.code.endsWith('VERSION_CONFLICT') ? s.conflict : r.error.message}
        </View>
      )}
      <View className="svc__card">
        <DetailRow prefix="staff-request" label={d.number} value={v.number} name="number" />
        <DetailRow prefix="staff-request" label={d.status} value={tr.statuses[v.status]} name="status" />
        <DetailRow
          prefix="staff-request"
          label={d.promisedDate}
          value={v.promisedDate ? calendarDay(v.promisedDate) : d.notAccepted}
          name="promised"
        />
        <DetailRow
          prefix="staff-request"
          label={s.applicantName}
          value={aside(v.applicant.realName, v.applicant.accountName)}
          name="applicant"
        />
        {v.asEnterprise && (
          <DetailRow
            prefix="staff-request"
            label={d.applicant}
            value={tr.apply.asAgent(`${v.asEnterprise.name} ${v.asEnterprise.uscc}`)}
            name="enterprise"
          />
        )}
        <DetailRow
          prefix="staff-request"
          label={s.assignee}
          value={v.assignee?.accountName ?? s.unassigned}
          name="assignee"
        />
      </View>
      {!v.assignee && (
        <AppButton className="svc__button staff-request__assign" disabled={r.busy} onClick={() => void r.assign()}>
          {s.assign}
        </AppButton>
      )}
      <View className="svc__card">
        <View className="svc__card-title">{d.form}</View>
        {formRows(v).map((f) => (
          <DetailRow prefix="staff-request" key={f.key} label={f.label} value={f.value} name={`field-${f.key}`} />
        ))}
      </View>
      <View className="svc__card staff-request__materials">
        <View className="svc__card-title">{d.materials}</View>
        {v.materials.map((m, i) => (
          <View
            key={m.uploadId}
            className={`svc__file staff-request__material staff-request__material--${m.materialCode}`}
          >
            <View>
              {labels[i]}
              {tr.apply.bracketed(d.round(m.round))}
              {humanFileName(m.name) ? ` · ${humanFileName(m.name)}` : ''}
            </View>
            <MaterialViewLink material={m} preview={preview} prefix="staff-request" />
          </View>
        ))}
      </View>
      <DeliveryCard prefix="staff-request" delivery={v.delivery} />
      {allowed.length > 0 && (
        <View className="svc__card staff-request__decide">
          <TextField
            name="staff-request__comment"
            label={s.comment}
            value={r.comment}
            maxlength={500}
            placeholder={tFields.staff.comment}
            error={r.missingComment ? s.commentRequired : undefined}
            errorName="staff-request__comment-missing"
            onChange={r.setComment}
          />
          {allowed.includes('requestSupplement') && (
            <View className="svc__choices staff-request__supplement-materials">
              {[...new Set(v.materials.map((m) => m.materialCode))].map((code) => (
                <View
                  key={code}
                  className={`svc__choice qyb-tap staff-request__supplement-material--${code}${r.materialCodes.includes(code) ? ' svc__choice--on' : ''}`}
                  role="checkbox"
                  aria-checked={r.materialCodes.includes(code)}
                  onClick={() => r.toggleMaterial(code)}
                >
                  {r.materialName(code)}
                </View>
              ))}
            </View>
          )}
          {allowed.includes('approve') && (
            <View>
              <View className="svc__label">{s.resultDocument}</View>
              {r.result && <View className="svc__hint staff-request__result-name">{r.result.name}</View>}
              <View
                className="svc__choice qyb-tap staff-request__add-result"
                role="button"
                onClick={() => void r.addResult()}
              >
                {s.addResult}
              </View>
            </View>
          )}
          {allowed.includes('deliver') && (
            <TextField
              name="staff-request__tracking"
              label={s.tracking}
              value={r.trackingNumber}
              placeholder={tFields.staff.tracking}
              maxlength={40}
              onChange={r.setTrackingNumber}
            />
          )}
          {r.notice && <View className="svc__notice">{r.notice}</View>}
          {allowed.map((action) => (
            <AppButton
              key={action}
              className={`svc__button staff-request__action staff-request__action--${action}`}
              variant={action === 'reject' ? 'warn' : 'primary'}
              disabled={r.busy}
              onClick={() => void r.decide(action)}
            >
              {d.actions[action]}
            </AppButton>
          ))}
        </View>
      )}
      <View className="svc__card">
        <View className="svc__card-title">{d.timeline}</View>
        <RequestTimeline rows={timelineRows(v, v.actors)} />
      </View>
      <FilePreview state={preview} name="staff-request" title={(shown) => materialTitle(v.materials, shown)} />
    </View>
  );
}
