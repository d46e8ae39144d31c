import { listOf } from '../../../../i18n/compose';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ROLES, type Role } from '../../../../../cloudfunctions/lib/contract/account';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { useStaffAccounts, type SettableState } from '../../../../features/staff/use-staff-accounts';
import { tp } from '../../../../i18n/packages';
import { tStaffDesk } from '../../../../i18n/staff-desk';
import { CloseImpersonator } from '../../components/close-impersonator';
import { StolenReports } from '../../components/stolen-reports';
import '../staff-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';

const STATES: SettableState[] = ['active', 'restricted', 'suspended', 'banned', 'frozen'];

/**
 * Staff find an account by its name; staff set its status with a reason, admins its roles. Reports
 * that an account was stolen come first, each with 冻结.
 */
export default function StaffAccountsPage() {
  usePageTitle(tp.titles.accounts);
  const care = useCareMode();
  const s = useStaffAccounts();
  const m = tStaffDesk.accounts;
  const [name, setName] = useState('');
  const [state, setState] = useState<SettableState>('restricted');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [roles, setRoles] = useState<Role[] | null>(null);
  const a = s.account;
  const chosen = roles ?? a?.roles ?? [];
  const toggle = (role: Role) => setRoles(chosen.includes(role) ? chosen.filter((r) => r !== role) : [...chosen, role]);

  return (
    <View className={`staff-desk staff-accounts ${care.rootClass}`}>
      <View className="staff-desk__section">
        <View className="staff-desk__title">{m.title}</View>
        <TextField
          name="staff-accounts__name"
          label={m.accountName}
          value={name}
          placeholder={tFields.staff.accountName}
          onChange={setName}
        />
        <AppButton
          className="staff-desk__button staff-accounts__find"
          disabled={!name}
          onClick={() => {
            setRoles(null);
            void s.find(name);
          }}
        >
          {m.find}
        </AppButton>
      </View>
      <StolenReports />
      {s.error && <View className="staff-desk__error staff-accounts__error">{s.error}</View>}
      {s.saved && <View className="staff-desk__notice staff-accounts__saved">{s.proposed ? m.proposed : m.saved}</View>}
      {a && (
        <View className="staff-desk__section staff-accounts__found">
          <View className="staff-desk__row">
            <View>{m.accountName}</View>
            <View className="staff-accounts__found-name">{a.accountName}</View>
          </View>
          <View className="staff-desk__row">
            <View>{m.realName}</View>
            <View>{a.realName}</View>
          </View>
          <View className="staff-desk__row">
            <View>{m.status}</View>
            <View className="staff-accounts__state">{tp.account.states[a.status.state]}</View>
          </View>
          {a.status.reason && (
            <View className="staff-desk__row">
              <View>{m.reason}</View>
              <View className="staff-accounts__reason">{a.status.reason}</View>
            </View>
          )}
          {a.status.until && (
            <View className="staff-desk__row">
              <View>{m.until}</View>
              <View>{beijingDateTime(a.status.until)}</View>
            </View>
          )}
          <View className="staff-desk__row">
            <View>{m.roles}</View>
            <View className="staff-accounts__roles">{listOf(a.roles.map((r) => m.roleNames[r]))}</View>
          </View>

          <View className="staff-desk__title">{m.setStatus}</View>
          <View className="staff-desk__choices" role="radiogroup" aria-label={m.setStatus}>
            {STATES.map((option) => (
              <View
                key={option}
                className={`staff-desk__choice staff-accounts__state--${option}${state === option ? ' staff-desk__choice--on' : ''}`}
                role="radio"
                aria-checked={state === option}
                onClick={() => setState(option)}
              >
                {tp.account.states[option]}
              </View>
            ))}
          </View>
          <TextField
            name="staff-accounts__status-reason"
            label={tFields.staff.reasonLabel}
            value={reason}
            placeholder={m.reasonPlaceholder}
            onChange={setReason}
          />
          {state === 'suspended' && (
            <TextField
              name="staff-accounts__until"
              label={tFields.staff.untilLabel}
              value={until}
              placeholder={m.untilPlaceholder}
              onChange={setUntil}
            />
          )}
          <AppButton
            className="staff-desk__button staff-accounts__save-status"
            disabled={!reason}
            onClick={() => void s.setStatus(state, reason, until)}
          >
            {m.saveStatus}
          </AppButton>

          <View className="staff-desk__title">{m.setRoles}</View>
          <View className="staff-desk__choices">
            {ROLES.filter((r) => r !== 'user').map((role) => (
              <View
                key={role}
                className={`staff-desk__choice staff-accounts__role--${role}${chosen.includes(role) ? ' staff-desk__choice--on' : ''}`}
                role="checkbox"
                aria-checked={chosen.includes(role)}
                onClick={() => toggle(role)}
              >
                {m.roleNames[role]}
              </View>
            ))}
          </View>
          <AppButton
            className="staff-desk__button staff-accounts__save-roles"
            onClick={() => void s.setRoles(['user', ...chosen.filter((r) => r !== 'user')])}
          >
            {m.saveRoles}
          </AppButton>
          {a.status.state !== 'cancelled' && <CloseImpersonator accountName={a.accountName} onClosed={s.forget} />}
        </View>
      )}
    </View>
  );
}
