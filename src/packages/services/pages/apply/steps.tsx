import { View } from '@tarojs/components';
import { useState } from 'react';
import { MOBILE_COUNTRY_CODES } from '../../../../../cloudfunctions/lib/contract/mobile-number';
import type { useApply } from '../../../../features/requests/use-apply';
import { tp } from '../../../../i18n/packages';
import { tr } from '../../../../i18n/requests';
import { ROUTES, navigate } from '../../../../platform/navigation';
import { TextField } from '../../../../components/text-field';
import { tFields } from '../../../../i18n/fields';
import { FileList } from '../../components/file-list';
import { MatterFormField } from '../../components/matter-form-field';

type Apply = ReturnType<typeof useApply>;
const a = tr.apply;

function Choice({ on, name, label, onClick }: { on: boolean; name: string; label: string; onClick: () => void }) {
  return (
    <View
      className={`svc__choice qyb-tap ${name}${on ? ' svc__choice--on' : ''}`}
      role="radio"
      aria-checked={on}
      onClick={onClick}
    >
      {label}
    </View>
  );
}

export function ApplicantStep({ apply }: { apply: Apply }) {
  const { matter, draft, grants, change } = apply;
  if (!matter) return null;
  const choose = (asEnterpriseId: string | null) => change((d) => ({ ...d, asEnterpriseId }));
  return (
    <View className="svc__card apply__applicant">
      {/* Unstyled: the chips keep their inline flow; the group only names them for screen readers. */}
      <View className="apply__applicants" role="radiogroup" aria-label={a.steps.applicant}>
        {matter.applicants.includes('person') && (
          <Choice
            on={draft.asEnterpriseId === null}
            name="apply__as-self"
            label={a.asMyself}
            onClick={() => choose(null)}
          />
        )}
        {matter.applicants.includes('agent') &&
          grants.map((g) => (
            <Choice
              key={g.id}
              on={draft.asEnterpriseId === g.enterprise.id}
              name={`apply__as-agent apply__as-agent--${g.enterprise.uscc}`}
              label={a.asAgent(g.enterprise.name)}
              onClick={() => choose(g.enterprise.id)}
            />
          ))}
      </View>
      {draft.asEnterpriseId && <View className="svc__hint">{a.agentNotice}</View>}
      {matter.applicants.includes('agent') && grants.length === 0 && (
        <View className="svc__hint apply__no-grants">
          {a.noGrants}
          <View className="svc__link qyb-tap apply__to-grants" role="link" onClick={() => navigate(ROUTES.enterprise)}>
            {a.toGrants}
          </View>
        </View>
      )}
      {apply.shown('applicant') && apply.problems?.applicant && (
        <View className="svc__problem apply__problem--applicant">{a.chooseApplicant}</View>
      )}
    </View>
  );
}

export function FormStep({ apply }: { apply: Apply }) {
  const { matter, draft, change, problems } = apply;
  if (!matter) return null;
  const labels = { optional: a.optionalMark, choose: a.choose, unit: a.bracketed, issues: a.issues };
  return (
    <View className="svc__card apply__form">
      {matter.fields.map((field) => (
        <MatterFormField
          key={field.key}
          field={field}
          value={draft.form[field.key] ?? ''}
          issue={apply.shown('form') ? problems?.form[field.key] : undefined}
          labels={labels}
          onChange={(value) => change((d) => ({ ...d, form: { ...d.form, [field.key]: value } }))}
        />
      ))}
    </View>
  );
}

export function MaterialsStep({ apply }: { apply: Apply }) {
  const { matter, draft } = apply;
  const [keepLocation, setKeepLocation] = useState(false);
  if (!matter) return null;
  const photos = (kinds: readonly string[]) => kinds.includes('jpeg') || kinds.includes('png');
  return (
    <View className="svc__card apply__materials">
      <View className="svc__hint apply__gps-notice">{tp.permissions.media.gpsNotice}</View>
      <View
        className={`svc__choice qyb-tap apply__keep-location${keepLocation ? ' svc__choice--on' : ''}`}
        role="checkbox"
        aria-checked={keepLocation}
        onClick={() => setKeepLocation(!keepLocation)}
      >
        {a.keepLocation}
      </View>
      {matter.materials.map((spec) => (
        <View key={spec.code} className={`apply__material apply__material--${spec.code}`}>
          <View className="svc__label">
            {spec.name}
            {a.bracketed(spec.required ? tr.matter.required : tr.matter.optional)}
          </View>
          {spec.hint && <View className="svc__hint">{spec.hint}</View>}
          <FileList
            files={draft.materials.filter((f) => f.materialCode === spec.code)}
            removeLabel={a.removeFile}
            onRemove={apply.removeMaterial}
          />
          <View className="svc__choices">
            {photos(spec.kinds) && (
              <View
                className="svc__choice qyb-tap apply__add-photo"
                role="button"
                onClick={() => void apply.addMaterial(spec, 'album', keepLocation)}
              >
                {a.addPhoto}
              </View>
            )}
            <View
              className="svc__choice qyb-tap apply__add-file"
              role="button"
              onClick={() => void apply.addMaterial(spec, 'file')}
            >
              {a.addFile}
            </View>
          </View>
          {apply.uploading === spec.code && <View className="svc__hint apply__uploading">{a.uploading}</View>}
          {apply.shown('materials') && apply.problems?.materials.includes(spec.code) && (
            <View className={`svc__problem apply__missing apply__missing--${spec.code}`}>{a.materialMissing}</View>
          )}
        </View>
      ))}
      {apply.notice && <View className="svc__notice apply__upload-notice">{apply.notice}</View>}
    </View>
  );
}

export function DeliveryStep({ apply }: { apply: Apply }) {
  const { matter, draft, change, region } = apply;
  if (!matter) return null;
  const d = draft.delivery;
  const set = (patch: Partial<typeof d>) => change((x) => ({ ...x, delivery: { ...x.delivery, ...patch } }));
  const problems = apply.shown('delivery') ? (apply.problems?.delivery ?? []) : [];
  return (
    <View className="svc__card apply__delivery">
      <View className="svc__choices" role="radiogroup" aria-label={a.steps.delivery}>
        <Choice
          on={d.method === 'pickup'}
          name="apply__pickup"
          label={a.pickup}
          onClick={() => set({ method: 'pickup' })}
        />
        {matter.offlineDelivery && (
          <Choice on={d.method === 'post'} name="apply__post" label={a.post} onClick={() => set({ method: 'post' })} />
        )}
      </View>
      <TextField
        name="apply__contact"
        label={a.contact}
        value={d.contact}
        maxlength={40}
        placeholder={tFields.apply.contact}
        onChange={(contact) => set({ contact })}
      />
      <TextField
        name="apply__mobile"
        label={a.mobile}
        type="number"
        value={d.mobile.number}
        maxlength={11}
        placeholder={tFields.apply.mobile}
        error={problems.includes('contact') ? a.deliveryProblem : undefined}
        errorName="apply__problem--contact"
        onChange={(number) => set({ mobile: { ...d.mobile, number } })}
      >
        <View className="svc__choices" role="radiogroup" aria-label={a.mobile}>
          {MOBILE_COUNTRY_CODES.map((code) => (
            <Choice
              key={code}
              on={d.mobile.countryCode === code}
              name={`apply__country apply__country--${code.slice(1)}`}
              label={tp.account.countryCodes[code]}
              onClick={() => set({ mobile: { ...d.mobile, countryCode: code } })}
            />
          ))}
        </View>
      </TextField>
      {d.method === 'post' && (
        <View className="apply__post-address">
          <View className="svc__label">{a.region}</View>
          <View className="svc__row">
            <View className="apply__region">{d.region?.name ?? a.choose}</View>
            <View className="svc__link qyb-tap apply__locate" role="button" onClick={() => void region.locate()}>
              {a.locate}
            </View>
            <View className="svc__link qyb-tap apply__pick-region" role="button" onClick={region.openList}>
              {a.pickRegion}
            </View>
          </View>
          {region.notice && <View className="svc__hint apply__region-notice">{region.notice}</View>}
          {region.listOpen && (
            <View className="svc__choices apply__regions" role="radiogroup" aria-label={a.region}>
              {region.regions.map((r) => (
                <Choice
                  key={r.id}
                  on={d.region?.id === r.id}
                  name={`apply__region-option apply__region-option--${r.id}`}
                  label={r.name}
                  onClick={() => region.choose(r.id)}
                />
              ))}
            </View>
          )}
          <TextField
            name="apply__address"
            label={a.address}
            value={d.address}
            maxlength={120}
            placeholder={tFields.apply.address}
            error={problems.includes('address') ? a.addressProblem : undefined}
            errorName="apply__problem--address"
            onChange={(address) => set({ address })}
          />
        </View>
      )}
    </View>
  );
}

export function ReviewStep({ apply }: { apply: Apply }) {
  const { matter, draft, grants } = apply;
  if (!matter) return null;
  const agent = grants.find((g) => g.enterprise.id === draft.asEnterpriseId);
  const d = draft.delivery;
  const row = (label: string, value: string, name: string) => (
    <View key={name} className={`svc__row apply__review-row apply__review-row--${name}`}>
      <View className="svc__row-label">{label}</View>
      <View>{value}</View>
    </View>
  );
  return (
    <View className="svc__card apply__review">
      <View className="svc__card-title">{a.review}</View>
      {row(tr.detail.applicant, agent ? a.asAgent(agent.enterprise.name) : a.asMyself, 'applicant')}
      {matter.fields.map((f) => {
        const raw = draft.form[f.key] ?? '';
        const shown = f.type === 'select' ? (f.options.find((o) => o.value === raw)?.label ?? raw) : raw;
        return row(f.label, shown, `field-${f.key}`);
      })}
      {matter.materials.map((m) =>
        row(m.name, String(draft.materials.filter((f) => f.materialCode === m.code).length), `material-${m.code}`),
      )}
      {row(
        tr.detail.delivery,
        d.method === 'pickup' ? a.pickup : `${a.post} · ${d.region?.name ?? ''}${d.address}`,
        'delivery',
      )}
      {row(a.contact, `${d.contact} ${d.mobile.countryCode} ${d.mobile.number}`, 'contact')}
      <View className="svc__hint">{a.reviewNotice}</View>
    </View>
  );
}
