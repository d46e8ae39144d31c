import { aside, listOf } from '../../../../i18n/compose';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { GRANT_STATUSES } from '../../../../../cloudfunctions/lib/contract/enterprise';
import { useGrantApprovals } from '../../../../features/requests/use-grant-approvals';
import { tr } from '../../../../i18n/requests';
import { FilePreview } from '../../../../components/file-preview';
import { labelledFile } from '../../../../features/requests/material-label';
import { useFilePreview } from '../../../../features/requests/use-file-preview';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';

const s = tr.staff;
const e = tr.enterprise;

export default function StaffGrantsPage() {
  usePageTitle(tp.titles.grants);
  const care = useCareMode();
  const g = useGrantApprovals();
  const preview = useFilePreview();
  useDidShow(() => {
    void g.load();
  });
  return (
    <View className={`svc staff-grants ${care.rootClass}`}>
      <View className="svc__title">{s.grantsTitle}</View>
      <View className="svc__choices" role="radiogroup" aria-label={s.grantsTitle}>
        {GRANT_STATUSES.map((status) => (
          <View
            key={status}
            className={`svc__choice qyb-tap staff-grants__status staff-grants__status--${status}${g.status === status ? ' svc__choice--on' : ''}`}
            role="radio"
            aria-checked={g.status === status}
            onClick={() => g.show(status)}
          >
            {e.grantStatuses[status]}
          </View>
        ))}
      </View>
      {g.error && <View className="svc__error staff-grants__error">{g.error.message}</View>}
      {g.loaded && g.items.length === 0 && !g.error && (
        <View className="svc__hint staff-grants__empty">{e.noGrants}</View>
      )}
      {g.items.map((grant) => (
        <View key={grant.id} className={`svc__card staff-grants__grant staff-grants__grant--${grant.enterprise.uscc}`}>
          <View className="svc__card-title">{aside(grant.enterprise.name, grant.enterprise.uscc)}</View>
          <View className="svc__row">
            <View className="svc__row-label">{s.agent}</View>
            <View>{aside(grant.agent.realName, grant.agent.accountName)}</View>
          </View>
          <View className="svc__hint">{e.period(grant.validFrom, grant.validUntil)}</View>
          <View className="svc__hint staff-grants__matters">{listOf(grant.matterCodes.map(g.matterName))}</View>
          <View
            className="svc__link qyb-tap staff-grants__authorisation"
            role="button"
            onClick={() =>
              grant.authorisation.url && void preview.open(grant.authorisation.url, grant.authorisation.name, grant.id)
            }
          >
            {labelledFile(s.authorisation, grant.authorisation.name)}
          </View>
          {grant.status === 'pending' && (
            <View>
              <TextField
                name="staff-grants__comment"
                idSuffix={grant.id}
                label={tFields.staff.grantLabel}
                value={g.comments[grant.id] ?? ''}
                maxlength={200}
                placeholder={tFields.staff.grant}
                onChange={(comment) => g.setComment(grant.id, comment)}
              />
              <AppButton
                className="svc__button staff-grants__approve"
                variant="primary"
                disabled={g.busy}
                onClick={() => void g.decide(grant.id, 'approve')}
              >
                {s.approveGrant}
              </AppButton>
              <AppButton
                className="svc__button staff-grants__refuse"
                variant="warn"
                disabled={g.busy}
                onClick={() => void g.decide(grant.id, 'refuse')}
              >
                {s.refuseGrant}
              </AppButton>
            </View>
          )}
        </View>
      ))}
      <FilePreview state={preview} name="staff-grants" title={() => s.authorisation} />
    </View>
  );
}
