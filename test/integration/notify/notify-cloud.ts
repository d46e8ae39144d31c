/**
 * The notify function (with account, for sign-in) through the real wx-server-sdk against the local
 * cloud. The local cloud knows the app's subscription templates, as WeChat does for our appid;
 * SMS and email go to the local stand-in (`channel_outbox`).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { INDEXES } from '../../../config/cloud/indexes';
import { localCloudTemplates } from '../../../cloudfunctions/lib/notify/subscription-templates';
import { bundleFunction } from '../../../scripts/build/function-bundle';
import { useLocalCloud } from '../../support/local-cloud';
import { CONSENT, type Person } from '../account/account-cloud';
import { agreeThrough } from '../account/agree';
import { fileClockPlugin, useClockFile } from '../../support/file-clock';
import { callAs } from '../../support/call-as';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { setRoles } from '../../support/set-roles';

process.env.QYB_CHANNELS = 'local-stand-in';
process.env.QYB_WECHAT_SENDS_PER_SECOND = '5000';
process.env.QYB_MINIPROGRAM_STATE = 'developer';
process.env.QYB_PUSH_STALE_CLAIM_MS = '1500';
process.env.QYB_PUSH_RUN_BUDGET_MS = '8000';

export const TEMPLATES = localCloudTemplates({});
export const SERVICE_NOTICE = TEMPLATES.find((t) => t.key === 'serviceNotice')?.id ?? '';

const BUILT = join(__dirname, '..', '..', '..', 'dist', 'cloudfunctions');

const FUNCTIONS = ['account', 'notify', 'consent'];

/**
 * `fileClock`: the functions are bundled here with the file clock instead of copied from the build,
 * and `advance(ms)` moves their "now" forward (a test waits for nothing that way).
 */
export function notifyCloud({ fileClock = false }: { fileClock?: boolean } = {}) {
  // A private copy of the bundles, so a test can change the notify function's config.json (timeout).
  // Inside the project, so the bundles resolve wx-server-sdk from its node_modules.
  const functionsDir = mkdtempSync(join(BUILT, '..', 'test-functions-'));
  const advance = fileClock ? useClockFile() : undefined;
  if (advance) {
    beforeAll(async () => {
      for (const name of FUNCTIONS) {
        const problems = await bundleFunction({
          name,
          outDir: functionsDir,
          plugins: [fileClockPlugin],
          testTimeoutS: 60,
        });
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }
    }, 120_000);
  } else {
    for (const name of FUNCTIONS) cpSync(join(BUILT, name), join(functionsDir, name), { recursive: true });
  }
  afterAll(() => {
    advance?.(0);
    rmSync(functionsDir, { recursive: true, force: true });
  });
  const cloud = useLocalCloud({
    functionsDir,
    indexes: INDEXES,
    maxWorkersPerFunction: 2,
    subscriptions: { templates: TEMPLATES.map((t) => t.id) },
  });

  async function call<T = unknown>(env: string, openid: string, name: string, action: string, input?: unknown) {
    return callAs<T>(cloud(), env, openid, name, action, input);
  }
  const notify = <T = unknown>(env: string, openid: string, action: string, input?: unknown) =>
    call<T>(env, openid, 'notify', action, input);

  return {
    cloud,
    functionsDir,
    notify,
    /** Moves the functions' clock forward (only with `fileClock`). */
    advance(ms: number) {
      if (!advance) throw new Error('notifyCloud({ fileClock: true }) moves the clock');
      advance(ms);
    },
    async data<T>(env: string, openid: string, action: string, input?: unknown): Promise<T> {
      const result = await notify<T>(env, openid, action, input);
      if (!result.ok) throw new Error(`${action}: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    async code(env: string, openid: string, action: string, input?: unknown): Promise<string> {
      const result = await notify(env, openid, action, input);
      return result.ok ? 'OK' : result.error.code;
    },
    /** Agrees as `openid` to the documents in force, as the agreement gate does. */
    agree: (env: string, openid: string) =>
      agreeThrough((action, input) => call(env, openid, 'consent', action, input)),
    account: <T = unknown>(env: string, openid: string, action: string, input?: unknown) =>
      call<T>(env, openid, 'account', action, input),
    /** Registers and signs in (registration signs in). */
    async register(env: string, p: Person, roles?: Role[]) {
      const { openid, ...rest } = p;
      const r = await call(env, openid, 'account', 'register', { ...rest, consent: CONSENT, documentConsent: true });
      if (!r.ok) throw new Error(`register ${p.accountName}: ${r.error.code}`);
      if (roles) await setRoles(cloud().sdk({ env }).database(), p.accountName, roles);
    },
    /** What requestSubscribeMessage does in WeChat: WeChat records the decisions for this openid. */
    async acceptInWechat(env: string, openid: string, templateIds: string[]) {
      const res = await fetch(`${cloud().cloud.origin}/__dev/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid, 'x-dev-env': env },
        body: JSON.stringify({
          tmplIds: templateIds,
          results: Object.fromEntries(templateIds.map((t) => [t, 'accept'])),
        }),
      });
      if (!res.ok) throw new Error(`/__dev/subscriptions ${res.status}`);
    },
    async find<T = Record<string, unknown>>(env: string, collection: string, where: Record<string, unknown> = {}) {
      const db = cloud().sdk({ env }).database();
      const out: T[] = [];
      for (;;) {
        const page = (await db.collection(collection).where(where).skip(out.length).limit(1000).get()) as unknown as {
          data: T[];
        };
        out.push(...page.data);
        if (page.data.length < 1000) return out;
      }
    },
  };
}
