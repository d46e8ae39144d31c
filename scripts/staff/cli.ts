/**
 * npm run staff -- create-admin --account <account name> [--env <cloud env id>]
 * npm run staff -- push --as <staff openid> … (see push.ts; local cloud only)
 *
 * Makes an existing, registered account the first admin. Locally it talks to the local cloud
 * (CLOUD_PORT, environment `local`); against WeChat cloud it needs the environment id and the
 * Tencent Cloud API credentials of someone allowed to administer it, from the shell environment:
 * TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY, QYB_CLOUD_ENV (or --env) and QYB_STAFF_TARGET=cloud,
 * and, to seal the audit entry, the functions' QYB_LEDGER_KEY (or QYB_INDEX_KEY).
 *
 * npm run staff -- publish-policy --document <id> --version <v> --effective <day|time> --as <openid>
 *
 * Publishes a policies/ version through the policy function as the staff member whose WeChat
 * identity (openid) holds the publisher or admin role (local cloud: the dev identity). See README.
 *
 * npm run staff -- verify-audit --as <admin openid>   (see verify-audit.ts; local cloud only)
 *
 * npm run staff -- oidc-client add|logo|list|disable … --as <admin openid>   (see oidc-client.ts; local cloud only)
 */
import type { Result } from '../../cloudfunctions/lib/contract/result';
import { consoleAuditRecorder } from './console-audit';
import { createFirstAdmin, type AdminDatabase } from './create-admin';
import { diskRead, type LogoPort } from './logo-upload';
import { oidcClientCommand, type CallOidc } from './oidc-client';
import { manifestHash, publishPolicy } from './publish-policy';
import { parsePushArgs, PUSH_USAGE, runPush, type CallNotify } from './push';
import { verifyAuditCommand, type CallPrivacy } from './verify-audit';

const MESSAGES = {
  'admin-exists':
    'Two admins already exist: roles are granted in the app, one admin proposes and another approves (two-person rule).',
  'no-such-account': 'No account with that name. Register it in the app first.',
  'account-not-active': 'That account is not active.',
} as const;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function adminDatabase(args: string[]): AdminDatabase {
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  if (process.env.QYB_STAFF_TARGET === 'cloud') {
    const env = option(args, 'env') ?? process.env.QYB_CLOUD_ENV;
    const { TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = process.env;
    if (!env || !secretId || !secretKey)
      throw new Error('QYB_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are required');
    cloud.init({ env, secretId, secretKey } as Parameters<typeof cloud.init>[0]);
  } else {
    const port = process.env.CLOUD_PORT ?? '3900';
    cloud.init({
      env: option(args, 'env') ?? 'local',
      serviceUrl: `http://127.0.0.1:${port}/tcb`,
      secretId: 'localcloud',
      secretKey: 'localcloud',
    } as Parameters<typeof cloud.init>[0]);
  }
  return cloud.database() as unknown as AdminDatabase;
}

/**
 * A function called as a staff member's WeChat identity on the local cloud: its dev credential
 * `dev:<openid>` acts as that WeChat user (localcloud/README.md). WeChat cloud gives API-key callers
 * no WeChat identity, so there staff act from the staff pages in the app.
 */
function staffSdk(args: string[], openid: string) {
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const base = require('wx-server-sdk') as {
    createNewInstance(c: Record<string, unknown>): typeof import('wx-server-sdk');
  };
  return base.createNewInstance({
    env: option(args, 'env') ?? 'local',
    serviceUrl: `http://127.0.0.1:${process.env.CLOUD_PORT ?? '3900'}/tcb`,
    secretId: 'localcloud',
    secretKey: 'localcloud',
    sessionToken: `dev:${openid}`,
    timeout: 90_000,
  });
}

function callAs(args: string[], openid: string, name: 'policy' | 'notify' | 'privacy' | 'oidc' | 'files') {
  const sdk = staffSdk(args, openid);
  return async <T>(action: string, input: unknown): Promise<Result<T>> => {
    const response = (await sdk.callFunction({ name, data: { action, input } })) as unknown as { result: Result<T> };
    return response.result;
  };
}

/** A logo's upload as the admin: the files function, and the bytes stored as wx.cloud.uploadFile would. */
function logosAs(args: string[], openid: string): LogoPort {
  const sdk = staffSdk(args, openid);
  return {
    files: callAs(args, openid, 'files') as LogoPort['files'],
    store: async (cloudPath, bytes) => (await sdk.uploadFile({ cloudPath, fileContent: bytes })).fileID,
    read: diskRead,
  };
}

async function publish(args: string[]): Promise<void> {
  const [document, version, effective, openid] = ['document', 'version', 'effective', 'as'].map((n) => option(args, n));
  if (!document || !version || !effective || !openid) {
    console.error(
      'usage: npm run staff -- publish-policy --document <id> --version <version> --effective <YYYY-MM-DD|ISO time> --as <staff openid> [--env <env>]',
    );
    process.exit(2);
  }
  if (process.env.QYB_STAFF_TARGET === 'cloud') {
    // A console call to WeChat cloud carries no WeChat identity, so no staff role can be checked.
    throw new Error(
      'publish from a publisher’s own WeChat identity: in DevTools (signed in as that account) run ' +
        "wx.cloud.callFunction({ name: 'policy', data: { action: 'publish', input: { documentId, version, sha256, effective } } }) — see README",
    );
  }
  const sha256 = manifestHash(document, version);
  await publishPolicy(callAs(args, openid, 'policy'), { document, version, effective }, sha256, console.log);
  process.exit(0);
}

function notifyAs(args: string[], openid: string): CallNotify {
  if (process.env.QYB_STAFF_TARGET === 'cloud') {
    throw new Error('push runs against the local cloud: in WeChat cloud, push from the staff page (分包 staff → 推送)');
  }
  return callAs(args, openid, 'notify') as CallNotify;
}

async function push(args: string[]): Promise<void> {
  const openid = option(args, 'as');
  const parsed = parsePushArgs(
    (name) => option(args, name),
    (name) => args.includes(`--${name}`),
  );
  if (!openid || typeof parsed === 'string') {
    console.error(typeof parsed === 'string' ? parsed : '--as <staff openid> is required');
    console.error(PUSH_USAGE);
    process.exit(2);
  }
  const step = Number(option(args, 'step') ?? 200);
  const progress = await runPush(notifyAs(args, openid), parsed, process.stdout, step);
  process.exit(progress.failed > 0 ? 3 : 0);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'publish-policy') return publish(args);
  if (command === 'push') return push(args);
  if (command === 'oidc-client')
    return oidcClientCommand(
      args,
      option(args, 'as'),
      (openid) => callAs(args, openid, 'oidc') as CallOidc,
      (openid) => logosAs(args, openid),
    );
  if (command === 'verify-audit')
    return verifyAuditCommand(option(args, 'as'), (openid) => callAs(args, openid, 'privacy') as CallPrivacy);
  const accountName = option(args, 'account');
  if (command !== 'create-admin' || !accountName) {
    console.error('usage: npm run staff -- create-admin --account <account name> [--env <env id>]');
    process.exit(2);
  }
  const db = adminDatabase(args);
  const outcome = await createFirstAdmin(db, accountName, consoleAuditRecorder(db));
  if (!outcome.ok) {
    console.error(MESSAGES[outcome.reason]);
    process.exit(1);
  }
  console.log(`${accountName} is now an admin (account ${outcome.accountId}).`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
