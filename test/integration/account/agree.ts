/**
 * What the agreement gate and a feature's consent dialog do, through the consent function: agree
 * to the launch documents in force (unless on record), then give each separate consent asked for.
 * Every function checks them (the consent guard), so stories acting as a person start here.
 */
import type { ConsentStatusOutput, SensitivePurpose } from '../../../cloudfunctions/lib/contract/consent';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { CURRENT_POLICIES } from '../../../policies/generated';

type ConsentCall = (action: string, input?: unknown) => Promise<Result<unknown>>;

const LAUNCH = (['user-agreement', 'privacy-policy'] as const).map((id) => ({
  id,
  version: CURRENT_POLICIES[id].version,
  sha256: CURRENT_POLICIES[id].sha256,
}));

export async function agreeThrough(call: ConsentCall, sensitive: readonly SensitivePurpose[] = []): Promise<void> {
  const ok = async <T>(action: string, input?: unknown): Promise<T> => {
    const result = await call(action, input);
    if (!result.ok) throw new Error(`consent.${action}: ${result.error.code}`);
    return result.data as T;
  };
  const status = await ok<ConsentStatusOutput>('status');
  if (!status.accepted) await ok('grant', { documents: LAUNCH, purposes: ['basic-service'], channel: 'launch-gate' });
  const policy = LAUNCH.find((d) => d.id === 'privacy-policy');
  for (const purpose of sensitive) {
    if (status.sensitive.some((s) => s.purpose === purpose && s.granted)) continue;
    await ok('grantSensitive', { purpose, policy, channel: 'feature' });
  }
}
