/**
 * The notify, account and consent functions bundled as the build bundles them but with the file
 * clock (test/fixtures/clock), so a test moves every function's "now" past an announcement's end
 * without waiting. Same local-cloud setup as notify-cloud.ts (templates, local channel stand-in).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INDEXES } from '../../../config/cloud/indexes';
import { bundleFunction } from '../../../scripts/build/function-bundle';
import { useLocalCloud } from '../../support/local-cloud';
import { CONSENT, type Person } from '../account/account-cloud';
import { fileClockPlugin, useClockFile } from '../../support/file-clock';
import { TEMPLATES } from './notify-cloud';
import { callAs } from '../../support/call-as';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { setRoles } from '../../support/set-roles';

const root = resolve(__dirname, '..', '..', '..');
const advance = useClockFile();

export function legalNoticeCloud() {
  const functionsDir = join(root, 'dist', 'test-functions', `legal-${process.pid}-${Date.now()}`);
  mkdirSync(functionsDir, { recursive: true });
  const cloud = useLocalCloud({
    functionsDir,
    indexes: INDEXES,
    maxWorkersPerFunction: 1,
    subscriptions: { templates: TEMPLATES.map((t) => t.id) },
  });
  beforeAll(async () => {
    for (const name of ['notify', 'account', 'consent']) {
      const problems = await bundleFunction({
        name,
        outDir: functionsDir,
        plugins: [fileClockPlugin],
        testTimeoutS: 30,
      });
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }
  }, 120_000);
  afterAll(() => {
    advance(0);
    rmSync(functionsDir, { recursive: true, force: true });
  });

  /** `openid` null: a call with no WeChat identity at all. */
  async function call<T>(env: string, openid: string | null, name: string, action: string, input?: unknown) {
    return callAs<T>(cloud(), env, openid, name, action, input);
  }

  return {
    cloud,
    call,
    /** Moves every function's clock forward (or back to now with 0). */
    advance,
    async data<T>(env: string, openid: string | null, action: string, input?: unknown): Promise<T> {
      const r = await call<T>(env, openid, 'notify', action, input);
      if (!r.ok) throw new Error(`${action}: ${r.error.code} ${r.error.message}`);
      return r.data;
    },
    async code(env: string, openid: string | null, action: string, input?: unknown): Promise<string> {
      const r = await call(env, openid, 'notify', action, input);
      return r.ok ? 'OK' : r.error.code;
    },
    async register(env: string, p: Person, roles?: Role[]) {
      const { openid, ...rest } = p;
      const r = await call(env, openid, 'account', 'register', { ...rest, consent: CONSENT, documentConsent: true });
      if (!r.ok) throw new Error(`register ${p.accountName}: ${r.error.code}`);
      if (roles) await setRoles(cloud().sdk({ env }).database(), p.accountName, roles);
    },
  };
}
