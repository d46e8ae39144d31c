import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { consoleAuditRecorder } from '../../../scripts/staff/console-audit';
import { createFirstAdmin, type AdminDatabase } from '../../../scripts/staff/create-admin';
import { sdkAt } from '../../support/local-cloud';
import { TARGET } from './mini-program';

/** The bureau's staff member who publishes, registered beside the story's person. */
const STAFF = {
  openid: 'oE2EStaffPublisher000000001',
  accountName: 'bureau_publisher',
  password: 'Staff-Desk-01',
  realName: '李工作',
  mobile: { countryCode: '+852', number: '91234567' },
  document: { type: 'resident-id', number: '11010519491231002X' },
};

/** The app-side global inside evaluate(): only what the call below uses. */
declare const location: { origin: string };
declare function fetch(url: string): Promise<{ json(): Promise<{ env: string }> }>;

/**
 * Staff working in the same cloud environment as the story's person, as they would from their own
 * WeChat: registered, made the first admin from the console (as `npm run staff -- create-admin`
 * does), then calling the policy function through the real wx-server-sdk with their own identity.
 * Headless only: the environment is the story's own on the bridge's local cloud.
 */
export async function staffDesk(miniProgram: MiniProgram) {
  if (TARGET === 'devtools') {
    throw new Error(
      'publishing in a story needs the local cloud; in DevTools publish with npm run staff -- publish-policy',
    );
  }
  const where = function () {
    return fetch('/__dev/identity')
      .then((response) => response.json())
      .then((identity) => ({ origin: location.origin, env: identity.env }));
  };
  const { origin, env } = (await miniProgram.evaluate(where)) as { origin: string; env: string };
  const serviceUrl = `${origin}/tcb`;
  const staff = sdkAt(serviceUrl, { env, openid: STAFF.openid });
  const call = async <T>(name: string, action: string, input?: unknown): Promise<Result<T>> => {
    const response = await staff.callFunction({ name, data: { action, input } });
    return (response as unknown as { result: Result<T> }).result;
  };

  const { openid: _openid, ...form } = STAFF;
  const consent = (['user-agreement', 'privacy-policy'] as const).map((id) => ({
    id,
    version: CURRENT_POLICIES[id].version,
    sha256: CURRENT_POLICIES[id].sha256,
  }));
  const registered = await call('account', 'register', { ...form, consent, documentConsent: true });
  if (!registered.ok) throw new Error(`staff registration failed: ${registered.error.code}`);
  const consoleDb = sdkAt(serviceUrl, { env }).database() as unknown as AdminDatabase;
  const admin = await createFirstAdmin(consoleDb, STAFF.accountName, consoleAuditRecorder(consoleDb));
  if (!admin.ok) throw new Error(`first admin failed: ${admin.reason}`);

  return { call };
}
