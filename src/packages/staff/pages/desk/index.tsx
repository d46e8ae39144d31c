import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import { useStaffDesk } from '../../../../features/staff/use-staff-desk';
import { tStaffDesk } from '../../../../i18n/staff-desk';
import { ROUTES, navigate } from '../../../../platform/navigation';
import '../staff-desk.css';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { useProposals } from '../../../../features/staff/use-proposals';
import { AppButton } from '../../../../components/app-button';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { confirmThen } from '../../../../platform/confirm-action';
import type { Role } from '../../../../../cloudfunctions/lib/contract/account';

const d = tStaffDesk.desk;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');

/**
 * Role grants and pushes to everyone waiting for a second admin (two-person rule): approve or
 * reject, after a confirmation; an approved push is sent from here.
 */
function Approvals({ roles }: { roles: readonly Role[] }) {
  const p = useProposals(roles);
  const { load } = p;
  // Mounted once the desk knows the roles, after the page's onShow: load now, and again on return.
  useEffect(() => {
    void load();
  }, [load]);
  useDidShow(() => {
    void load();
  });
  if (!p.isAdmin || (p.items.length === 0 && !p.error)) return null;
  const a = d.approvals;
  const roleNames = (list: readonly Role[]) =>
    list
      .filter((r) => r !== 'user')
      .map((r) => tStaffDesk.accounts.roleNames[r])
      .join('、');
  return (
    <View className="staff-desk__section desk__approvals">
      <View className="staff-desk__title">{a.title}</View>
      {p.error && <View className="staff-desk__error desk__approvals-error">{p.error}</View>}
      {p.items.map((item) => (
        <View key={item.id} className="desk__approval">
          {item.push ? (
            <>
              <View className="desk__approval-what">
                {fill(item.push.announcement ? a.announcement : a.push, {
                  count: String(item.push.audienceSize),
                  title: item.push.title,
                })}
              </View>
              <View className="staff-desk__meta desk__approval-body">{item.push.body}</View>
            </>
          ) : (
            <View className="desk__approval-what">
              {fill(a.grant, { account: item.accountName, roles: roleNames(item.roles) })}
            </View>
          )}
          <View className="staff-desk__meta">
            {fill(a.proposedBy, {
              name: item.proposedByName,
              at: beijingDateTime(item.proposedAt),
              until: beijingDateTime(item.expiresAt),
            })}
          </View>
          {item.mine ? (
            <View className="staff-desk__meta desk__approval-mine">{a.mine}</View>
          ) : (
            <View className="desk__approval-actions">
              <AppButton
                variant="primary"
                className="desk__approve"
                onClick={() =>
                  void confirmThen(item.push ? a.confirmApprovePush : a.confirmApprove, () =>
                    p.decide(item.id, 'approve'),
                  )
                }
              >
                {a.approve}
              </AppButton>
              <AppButton
                variant="warn"
                className="desk__reject"
                onClick={() =>
                  void confirmThen({ ...a.confirmReject, destructive: true }, () => p.decide(item.id, 'reject'))
                }
              >
                {a.reject}
              </AppButton>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}

/** One door to every staff screen: those the account's roles open, each with what it is for. */
export default function StaffDeskPage() {
  usePageTitle(tp.titles.staffDesk);
  const care = useCareMode();
  const { state, refresh } = useStaffDesk();
  useDidShow(() => {
    void refresh();
  });
  if (state.kind === 'loading') return <View className="staff-desk staff-desk__meta">{d.loading}</View>;
  if (state.kind === 'failed') {
    return (
      <View className={`staff-desk ${care.rootClass}`}>
        <View className="staff-desk__section desk__failed">{state.message}</View>
        {state.code === 'ACCOUNT.NOT_SIGNED_IN' && (
          <View className="staff-desk__link desk__sign-in" onClick={() => navigate(ROUTES.accountSignIn)}>
            {d.signIn}
          </View>
        )}
      </View>
    );
  }
  return (
    <View className={`staff-desk desk ${care.rootClass}`}>
      <View className="staff-desk__meta desk__roles">
        {d.roles}
        {state.roles
          .filter((role) => role !== 'user')
          .map((role) => tStaffDesk.accounts.roleNames[role])
          .join('、')}
      </View>
      <Approvals roles={state.roles} />
      {state.entries.length === 0 && <View className="staff-desk__section desk__none">{d.none}</View>}
      {state.entries.map((entry) => (
        <View
          key={entry.id}
          className={`staff-desk__section desk__entry desk__entry--${entry.id}`}
          onClick={() => navigate(entry.route)}
        >
          <View className="staff-desk__title">{d.entries[entry.id].title}</View>
          <View className="staff-desk__meta">{d.entries[entry.id].purpose}</View>
        </View>
      ))}
      <View className="staff-desk__meta desk__publish">{d.publishNote}</View>
    </View>
  );
}
