import type { AccountState, AccountStatusView } from '../contract/account';
import { AppError } from '../errors/app-error';
import { ERROR_MESSAGES, type ErrorCode } from '../errors/codes';
import type { AccountRecord } from './account.record';

/**
 * What an action needs from the account's status: `read` (viewing), `write` (changing anything),
 * `security` (password, verification, cancellation: allowed while restricted so a person can
 * secure or leave their account).
 */
export type Access = 'read' | 'write' | 'security';

type StatusFields = Pick<AccountRecord, 'statusState' | 'statusReason' | 'statusUntil'>;

/** The fields a status change writes: the state, why, until when, by whom (an account id, or `system`), when. */
export function statusChange(
  state: AccountState,
  reason: string | null,
  setBy: string,
  now: number,
  until: number | null = null,
): Pick<AccountRecord, 'statusState' | 'statusReason' | 'statusUntil' | 'statusSetBy' | 'statusSetAt' | 'updatedAt'> {
  return {
    statusState: state,
    statusReason: reason,
    statusUntil: until,
    statusSetBy: setBy,
    statusSetAt: now,
    updatedAt: now,
  };
}

/** A suspension ends by itself when its date passes. */
export function effectiveState(account: StatusFields, now: number): AccountState {
  if (account.statusState === 'suspended' && account.statusUntil !== null && account.statusUntil <= now)
    return 'active';
  return account.statusState;
}

export function statusView(account: StatusFields, now: number): AccountStatusView {
  const state = effectiveState(account, now);
  return {
    state,
    reason: state === 'active' ? null : account.statusReason,
    until: state === 'suspended' && account.statusUntil !== null ? new Date(account.statusUntil).toISOString() : null,
  };
}

/** `2026-12-01 08:00` in Asia/Shanghai, the zone's time. */
export function shanghaiTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function refuse(code: ErrorCode, account: StatusFields, withUntil = false): AppError {
  const parts: string[] = [ERROR_MESSAGES[code]];
  if (withUntil && account.statusUntil !== null) parts.push(`至 ${shanghaiTime(account.statusUntil)}`);
  if (account.statusReason) parts.push(`原因：${account.statusReason}`);
  return new AppError(code, parts.join('，'));
}

/** The one status check every action goes through; the person is told why. */
export function assertAccess(account: StatusFields, now: number, access: Access): void {
  switch (effectiveState(account, now)) {
    case 'active':
      return;
    case 'restricted':
      if (access === 'write') throw refuse('ACCOUNT.RESTRICTED', account);
      return;
    case 'suspended':
      throw refuse('ACCOUNT.SUSPENDED', account, true);
    case 'banned':
      throw refuse('ACCOUNT.BANNED', account);
    case 'frozen':
      throw refuse('ACCOUNT.FROZEN', account);
    case 'cancelled':
      throw new AppError('ACCOUNT.NOT_SIGNED_IN');
    default:
      throw new AppError('ACCOUNT.FORBIDDEN');
  }
}
