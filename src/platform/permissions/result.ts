import { PERMISSIONS, type PermissionId } from './catalog';
import { fromFailure, type DenialReason, type EnsureResult } from './ensure';
import { classifyFailure } from './failure';

/** What a capability function gives a feature: its value, or why not. Never a thrown error. */
export type CapabilityResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'cancelled' }
  | { status: 'denied'; reason: DenialReason; message: string }
  | { status: 'unavailable'; message: string };

export function ok<T>(value: T): CapabilityResult<T> {
  return { status: 'ok', value };
}

/** A non-granted ensure() result, as a capability result. */
export function notGranted<T>(result: Exclude<EnsureResult, { status: 'granted' }>): CapabilityResult<T> {
  return result;
}

/** A failed wx call, as a capability result: cancel stays a cancel, privacy errors are refusals. */
export function failed<T>(id: PermissionId, error: unknown): CapabilityResult<T> {
  const kind = classifyFailure(error);
  if (kind === 'cancelled') return { status: 'cancelled' };
  const result = fromFailure(PERMISSIONS[id], kind);
  return result.status === 'granted' ? { status: 'unavailable', message: '' } : result;
}
