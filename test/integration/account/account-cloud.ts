/**
 * The account function through the real wx-server-sdk against the local cloud, built from
 * dist/cloudfunctions (npm run build:functions). The function runner hands the test process's
 * environment to the function, so the keys and the short test timings are set here, first.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { INDEXES } from '../../../config/cloud/indexes';
import { CURRENT_POLICIES } from '../../../policies/generated';
import type { SensitivePurpose } from '../../../cloudfunctions/lib/contract/consent';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { useLocalCloud } from '../../support/local-cloud';
import { agreeThrough } from './agree';
import { callAs } from '../../support/call-as';
import { fileClockPlugin, useClockFile } from '../../support/file-clock';
import { bundleFunction } from '../../../scripts/build/function-bundle';

// Keys, the local stand-ins, no login delay, `when-enrolled` staff factor (the older staff stories
// grant roles straight in the database and never enrol; staff-factor.test.ts sets `required`) and
// the oidc signing key and issuer come from test/support/integration-env.ts, as for every file.
// A short lock, so a lockout story waits seconds:
process.env.QYB_LOGIN_LOCK_SECONDS = '2';

// Each call is a real function invocation with scrypt inside: seconds per story, not milliseconds.
jest.setTimeout(60_000);

const FUNCTIONS_DIR = join(__dirname, '..', '..', '..', 'dist', 'cloudfunctions');

export const CONSENT = (['user-agreement', 'privacy-policy'] as const).map((id) => ({
  id,
  version: CURRENT_POLICIES[id].version,
  sha256: CURRENT_POLICIES[id].sha256,
}));

export interface Person {
  openid: string;
  accountName: string;
  password: string;
  realName: string;
  mobile: { countryCode: '+86' | '+853' | '+852'; number: string };
  document: { type: 'resident-id' | 'residence-permit' | 'travel-permit' | 'passport'; number: string };
}

export const ALICE: Person = {
  openid: 'oAlice0000001',
  accountName: 'chan_tai_man',
  password: 'Hengqin-2026',
  realName: '陈大文',
  mobile: { countryCode: '+853', number: '66123456' },
  document: { type: 'residence-permit', number: '820000200002290021' },
};

export const BOB: Person = {
  openid: 'oBob000000001',
  accountName: 'wong_siu_ming',
  password: 'Macao#Bridge9',
  realName: '黄小明',
  mobile: { countryCode: '+86', number: '13812345678' },
  document: { type: 'resident-id', number: '440104199003071239' },
};

export const STAFF: Person = {
  openid: 'oStaff0000001',
  accountName: 'bureau_staff',
  password: 'Staff-Desk-01',
  realName: '李工作',
  mobile: { countryCode: '+852', number: '91234567' },
  document: { type: 'resident-id', number: '11010519491231002X' },
};

/** The functions an account story calls: bundled again with the file clock under `fileClock: true`. */
const CLOCKED_FUNCTIONS: readonly string[] = ['account', 'consent'];

/**
 * A private copy of the build in which the account story's functions read the file clock
 * (test/support/file-clock.ts), so `advance(ms)` moves their "now" instead of the test sleeping.
 * Inside the project, so the bundles resolve wx-server-sdk from its node_modules.
 */
function clockedFunctions(names: readonly string[]): { functionsDir: string; advance: (ms: number) => void } {
  const functionsDir = mkdtempSync(join(FUNCTIONS_DIR, '..', 'test-functions-'));
  cpSync(FUNCTIONS_DIR, functionsDir, { recursive: true });
  const advance = useClockFile();
  beforeAll(async () => {
    for (const name of names) {
      const problems = await bundleFunction({ name, outDir: functionsDir, plugins: [fileClockPlugin] });
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }
  }, 120_000);
  afterAll(() => {
    advance(0);
    rmSync(functionsDir, { recursive: true, force: true });
  });
  return { functionsDir, advance };
}

/**
 * `maxWorkersPerFunction`: how many calls of one function run at once (a race needs more than two).
 * `fileClock`: the account and consent functions (or the functions named) read the file clock, and
 * `advance(ms)` moves it.
 */
export function accountCloud({
  maxWorkersPerFunction = 2,
  fileClock = false,
}: { maxWorkersPerFunction?: number; fileClock?: boolean | readonly string[] } = {}) {
  const clocked =
    fileClock === false ? undefined : clockedFunctions(fileClock === true ? CLOCKED_FUNCTIONS : fileClock);
  const functionsDir = clocked?.functionsDir ?? FUNCTIONS_DIR;
  const cloud = useLocalCloud({ functionsDir, indexes: INDEXES, maxWorkersPerFunction });

  async function call<T = unknown>(env: string, openid: string, action: string, input?: unknown): Promise<Result<T>> {
    return callAs<T>(cloud(), env, openid, 'account', action, input);
  }

  return {
    cloud,
    call,
    /** Moves the account and consent functions' clock `ms` ahead of real time (only with `fileClock`). */
    advance(ms: number) {
      if (!clocked) throw new Error('accountCloud({ fileClock: true }) moves the clock');
      clocked.advance(ms);
    },
    /** The error code, or OK. */
    async code(env: string, openid: string, action: string, input?: unknown): Promise<string> {
      const result = await call(env, openid, action, input);
      return result.ok ? 'OK' : result.error.code;
    },
    async data<T>(env: string, openid: string, action: string, input?: unknown): Promise<T> {
      const result = await call<T>(env, openid, action, input);
      if (!result.ok) throw new Error(`${action}: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    /** Agrees as `openid` to the documents in force and to each separate consent (agree.ts). */
    agree(env: string, openid: string, sensitive: readonly SensitivePurpose[] = []): Promise<void> {
      return agreeThrough((action, input) => callAs(cloud(), env, openid, 'consent', action, input), sensitive);
    },
    register(env: string, p: Person) {
      const { openid, ...rest } = p;
      return call(env, openid, 'register', { ...rest, consent: CONSENT, documentConsent: true });
    },
    /**
     * Raises a mainland ID holder to L2 through the real face flow: the separate consent to face
     * verification, then WeChat's two steps (the local stand-in answers success).
     */
    async faceVerify(env: string, p: Person): Promise<void> {
      await agreeThrough(
        async (action, input) => {
          const r = await cloud()
            .sdk({ env, openid: p.openid })
            .callFunction({ name: 'consent', data: { action, input } });
          return r.result as unknown as Result<unknown>;
        },
        ['face-verification'],
      );
      const started = await call<{ verifyId: string }>(env, p.openid, 'startFaceVerification', { purpose: 'verify' });
      if (!started.ok) throw new Error(`startFaceVerification: ${started.error.code}`);
      const face = { verifyId: started.data.verifyId, localStandIn: 'success' };
      const done = await call(env, p.openid, 'confirmFaceVerification', face);
      if (!done.ok) throw new Error(`confirmFaceVerification: ${done.error.code}`);
    },
    signIn(env: string, openid: string, p: Pick<Person, 'accountName' | 'password'>) {
      return call(env, openid, 'signIn', { accountName: p.accountName, password: p.password });
    },
    /** The documents of a collection matching `where`, read with admin access. */
    async find<T = Record<string, unknown>>(
      env: string,
      collection: string,
      where: Record<string, unknown> = {},
    ): Promise<T[]> {
      const result = (await cloud().sdk({ env }).database().collection(collection).where(where).get()) as unknown as {
        data: T[];
      };
      return result.data;
    },
    /** Admin access to the database, as the console has: to give the first staff role, to look. */
    db(env: string) {
      return cloud().sdk({ env }).database();
    },
    /** Every byte the database keeps on disk: the SQLite file and its write-ahead log. */
    databaseBytes(): string {
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) walk(path);
          else if (/\.sqlite(-wal|-shm)?$/.test(entry.name)) files.push(path);
        }
      };
      walk(cloud().dataDir);
      if (files.length === 0) throw new Error('no database file found');
      return files.map((f) => readFileSync(f).toString('latin1')).join('\n');
    },
  };
}
