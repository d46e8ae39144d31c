import { listOf } from '../../../../i18n/compose';
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
import { FactorPrompt } from '../../../../components/factor-prompt';
import { useFactorGate } from '../../../../features/staff/use-factor-gate';
import { tStaffFactor } from '../../../../i18n/staff-factor';

const d = tStaffDesk.desk;
/** The staff roles of an account (every account is a user), named and listed in the UI language. */
const roleNames = (list: readonly Role[]) =>
  listOf(list.filter((r) => r !== 'user').map((r) => tStaffDesk.accounts.roleNames[r]));
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');

/**
 * Role grants and pushes to everyone waiting for a second admin (two-person rule): approve or
 * reject, after a confirmation; an approved push is sent from here.
 */
function Approvals({ roles, verified }: { roles: readonly Role[]; verified: boolean }) {
  const p = useProposals(roles);
  const { load } = p;
  // Mounted once the desk knows the roles, after the page's onShow: load now, again once the
  // session's second factor is given (the first read may have been refused), and on return.
  useEffect(() => {
    void load();
  }, [verified, load]);
  useDidShow(() => {
    void load();
  });
  if (!p.isAdmin || (p.items.length === 0 && !p.error)) return null;
  const a = d.approvals;
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
  const gate = useFactorGate();
  const { ask } = gate;
  useDidShow(() => {
    void refresh();
  });
  const factor = state.kind === 'ready' ? state.factor : null;
  // Enrolled but this session has no code yet (e.g. signed in through a linked account): ask now.
  const needsCode = Boolean(factor?.staff && factor.enrolled && !factor.verified);
  useEffect(() => {
    if (needsCode) ask(refresh);
  }, [needsCode, ask, refresh]);
  if (state.kind === 'loading') return <View className="staff-desk staff-desk__meta">{d.loading}</View>;
  if (state.kind === 'failed') {
    return (
      <View className={`staff-desk ${care.rootClass}`}>
        <View className="staff-desk__section desk__failed">{state.message}</View>
        {state.code === 'ACCOUNT.NOT_SIGNED_IN' && (
          <View
            className="staff-desk__link qyb-tap desk__sign-in"
            role="link"
            onClick={() => navigate(ROUTES.accountSignIn)}
          >
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
        {roleNames(state.roles)}
      </View>
      {gate.prompt.open && (
        <FactorPrompt
          copy={tStaffFactor}
          code={gate.prompt.code}
          onChange={gate.prompt.onChange}
          busy={gate.prompt.busy}
          error={gate.prompt.error}
          onVerify={() => void gate.prompt.verify()}
          onCancel={gate.prompt.cancel}
        />
      )}
      {factor?.staff && (
        <View
          className={`staff-desk__section desk__factor desk__factor--${factor.enrolled ? 'enrolled' : 'missing'}`}
          role="link"
          onClick={() => navigate(ROUTES.staffFactor)}
        >
          {factor.enrolled ? tStaffFactor.deskEnrolled : tStaffFactor.deskEnrol}
        </View>
      )}
      <Approvals roles={state.roles} verified={Boolean(factor?.verified)} />
      {state.entries.length === 0 && <View className="staff-desk__section desk__none">{d.none}</View>}
      {state.entries.map((entry) => (
        <View
          key={entry.id}
          className={`staff-desk__section desk__entry desk__entry--${entry.id}`}
          role="link"
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
