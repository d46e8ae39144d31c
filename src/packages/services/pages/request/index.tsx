import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { DeliveryCard, DetailRow } from '../../../../components/request-detail';
import { RequestTimeline } from '../../../../components/request-timeline';
import { beijingDateTime, calendarDay } from '../../../../i18n/beijing-time';
import { timelineRows } from '../../../../features/requests/timeline-rows';
import { formRows } from '../../../../features/requests/form-rows';
import { useRequestDetail } from '../../../../features/requests/use-request-detail';
import { tr } from '../../../../i18n/requests';
import { tActions } from '../../../../i18n/actions';
import { confirmThen } from '../../../../platform/confirm-action';
import { FilePreview } from '../../../../components/file-preview';
import { MaterialViewLink } from '../../../../components/file-preview/material-view-link';
import { labelledFile, materialLabels, materialTitle } from '../../../../features/requests/material-label';
import { useFilePreview } from '../../../../features/requests/use-file-preview';
import { usePageQuery } from '../../../../platform/navigation';
import { FileList } from '../../components/file-list';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';

const d = tr.detail;
/** The preview's subject for the result document (a material's is its uploadId). */
const RESULT = 'result';

export default function RequestDetailPage() {
  usePageTitle(tp.titles.request);
  const care = useCareMode();
  const r = useRequestDetail(usePageQuery().id ?? '');
  // What a preview shows: a material's uploadId, or the result document; named at render.
  const preview = useFilePreview();
  useDidShow(() => {
    void r.load();
  });
  const v = r.request;
  if (!v)
    return (
      <View className={`svc ${care.rootClass}`}>
        {r.error && <View className="svc__error request__error">{r.error.message}</View>}
      </View>
    );

  async function withdraw() {
    await confirmThen({ ...tActions.withdrawRequest, content: d.withdrawConfirm }, async () =>
      Boolean(await r.withdraw()),
    );
  }
  const form = formRows(v);
  const labels = materialLabels(v.materials);
  return (
    <View className={`svc request ${care.rootClass}`}>
      <View className="svc__title request__matter">{v.matterName}</View>
      {r.error && <View className="svc__error request__error">{r.error.message}</View>}
      <View className="svc__card">
        <DetailRow prefix="request" label={d.number} value={v.number} name="number" />
        <DetailRow prefix="request" label={d.status} value={tr.statuses[v.status]} name="status" />
        <DetailRow
          prefix="request"
          label={d.promisedDate}
          value={v.promisedDate ? calendarDay(v.promisedDate) : d.notAccepted}
          name="promised"
        />
        <DetailRow
          prefix="request"
          label={d.applicant}
          value={v.asEnterprise ? tr.apply.asAgent(v.asEnterprise.name) : tr.apply.asMyself}
          name="applicant"
        />
      </View>

      {v.status === 'supplement_requested' && v.supplementRequest && (
        <View className="svc__card request__supplement">
          <View className="svc__card-title">{d.supplement}</View>
          <View className="svc__notice request__supplement-comment">{v.supplementRequest.comment}</View>
          <View className="svc__hint">{d.supplementHint}</View>
          <View className="svc__choices" role="radiogroup" aria-label={d.supplement}>
            {r.supplementTargets.map((target) => (
              <View
                key={target.code}
                className={`svc__choice qyb-tap request__target request__target--${target.code}${r.target === target.code ? ' svc__choice--on' : ''}`}
                role="radio"
                aria-checked={r.target === target.code}
                onClick={() => r.setTarget(target.code)}
              >
                {target.name}
              </View>
            ))}
          </View>
          <FileList files={r.supplement} removeLabel={tr.apply.removeFile} onRemove={r.removeSupplement} />
          <View className="svc__choices">
            <View
              className="svc__choice qyb-tap request__add-photo"
              role="button"
              onClick={() => void r.addSupplement('album')}
            >
              {tr.apply.addPhoto}
            </View>
            <View
              className="svc__choice qyb-tap request__add-file"
              role="button"
              onClick={() => void r.addSupplement('file')}
            >
              {tr.apply.addFile}
            </View>
          </View>
          {r.notice && <View className="svc__notice request__upload-notice">{r.notice}</View>}
          <TextField
            name="request__comment"
            label={tFields.request.commentLabel}
            value={r.comment}
            maxlength={500}
            placeholder={tFields.request.comment}
            onChange={r.setComment}
          />
          <AppButton
            className="svc__button request__resubmit"
            variant="primary"
            disabled={r.busy || r.supplement.length === 0}
            onClick={() => void r.resubmit()}
          >
            {d.resubmit}
          </AppButton>
        </View>
      )}

      {(v.status === 'approved' || v.status === 'delivered' || v.status === 'closed') && (
        <View className="svc__card request__result">
          <View className="svc__card-title">{d.result}</View>
          {v.result?.url ? (
            <View
              className="svc__link qyb-tap request__view-result"
              role="button"
              onClick={() => v.result?.url && void preview.open(v.result.url, v.result.name, RESULT)}
            >
              {labelledFile(d.viewResult, v.result.name)}
            </View>
          ) : (
            <View className="svc__hint request__no-result">{d.noResult}</View>
          )}
          {v.delivery.trackingNumber && (
            <DetailRow prefix="request" label={d.tracking} value={v.delivery.trackingNumber} name="tracking" />
          )}
        </View>
      )}

      <View className="svc__card">
        <View className="svc__card-title">{d.form}</View>
        {form.map((f) => (
          <DetailRow prefix="request" key={f.key} label={f.label} value={f.value} name={`field-${f.key}`} />
        ))}
      </View>
      <View className="svc__card request__materials">
        <View className="svc__card-title">{d.materials}</View>
        {v.materials.map((m, i) => (
          <View key={m.uploadId} className="svc__file request__material">
            <View>
              {labels[i]}
              {tr.apply.bracketed(d.round(m.round))}
            </View>
            <MaterialViewLink material={m} preview={preview} prefix="request" />
          </View>
        ))}
      </View>
      <DeliveryCard prefix="request" delivery={v.delivery} />
      <View className="svc__card request__timeline">
        <View className="svc__card-title">{d.timeline}</View>
        <RequestTimeline rows={timelineRows(v)} />
        <View className="svc__hint">{beijingDateTime(v.updatedAt)}</View>
      </View>
      {r.canWithdraw && (
        <AppButton
          className="svc__button request__withdraw"
          variant="warn"
          disabled={r.busy}
          onClick={() => void withdraw()}
        >
          {d.withdraw}
        </AppButton>
      )}
      <FilePreview
        state={preview}
        name="request"
        title={(shown) => (shown === RESULT ? d.viewResult : materialTitle(v.materials, shown))}
      />
    </View>
  );
}
