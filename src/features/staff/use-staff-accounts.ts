import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { useState } from 'react';
import type { AccountState, Role, StaffAccountView } from '../../../cloudfunctions/lib/contract/account';
import { staffAccountsApi } from './staff-accounts-api';
import { useSaid } from '../said/use-said';
import type { ClientError } from '../../i18n/server-errors';

dayjs.extend(utc);

export type SettableState = Exclude<AccountState, 'cancelled'>;

/** `2026-12-31` as the end of that day in Asia/Shanghai (UTC+8), as an ISO time; null if not a date. */
export function endOfShanghaiDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const day = dayjs.utc(`${date}T23:59:59Z`);
  if (!day.isValid() || day.format('YYYY-MM-DD') !== date) return null;
  return day.subtract(8, 'hour').toISOString();
}

/** The staff account screen: find by account name, then set status (with reason) or roles. */
export function useStaffAccounts() {
  const [account, setAccount] = useState<StaffAccountView | null>(null);
  const [error, setError] = useSaid();
  const [saved, setSaved] = useState(false);
  /** A role grant waits for a second admin (two-person rule). */
  const [proposed, setProposed] = useState(false);

  async function find(accountName: string) {
    setError(null);
    setSaved(false);
    setProposed(false);
    const result = await staffAccountsApi.find(accountName);
    if (result.ok) setAccount(result.data);
    else {
      setAccount(null);
      setError(result.error);
    }
  }

  async function after<T>(result: { ok: true; data: T } | { ok: false; error: ClientError }) {
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (account) await find(account.accountName);
    setSaved(true);
  }

  async function setStatus(state: SettableState, reason: string, untilDate: string) {
    if (!account) return;
    setError(null);
    const until = state === 'suspended' ? (endOfShanghaiDay(untilDate) ?? undefined) : undefined;
    await after(await staffAccountsApi.setStatus({ accountName: account.accountName, state, reason, until }));
  }

  async function setRoles(roles: Role[]) {
    if (!account) return;
    setError(null);
    const result = await staffAccountsApi.setRoles(account.accountName, roles);
    await after(result);
    if (result.ok && result.data.proposalId) setProposed(true);
  }

  /** After the account was closed: staffFind no longer finds it, so the screen lets it go. */
  const forget = () => setAccount(null);

  return { account, error, saved, proposed, find, setStatus, setRoles, forget };
}
