import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { approvePush } from '../../support/approve-push';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { notifyCloud } from './notify-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = notifyCloud();

// Each test spawns the staff CLI (tsx compiles it cold): tens of seconds on a busy machine.
jest.setTimeout(120_000);
const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

async function staff(env: string, ...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/staff/cli.ts', 'push', '--env', env, ...args], {
    cwd: ROOT,
    env: { ...process.env, CLOUD_PORT: String(t.cloud().cloud.port) },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('npm run staff -- push (the same notify function, as the staff member)', () => {
  it('creates the job, shows its preview and a progress bar to the end', async () => {
    const env = t.cloud().freshEnv('cli');
    await t.register(env, ALICE);
    await t.register(env, BOB);
    await t.register(env, STAFF, ['user', 'pusher']);
    const r = await staff(
      env,
      '--as',
      STAFF.openid,
      '--everyone',
      '--title',
      '系统维护通知',
      '--body',
      '周六 02:00–04:00 暂停服务',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/job [0-9a-f]{24}: 3 recipients/);
    expect(r.stdout).toContain('WeChat (服务通知): thing1=系统维护通知');
    // To everyone: nothing is sent until a second admin approves (two-person rule).
    expect(r.stdout).toContain('waiting for a second admin');
    expect(await t.find(env, COLLECTIONS.messages, { kind: 'staff.push' })).toHaveLength(0);
    const jobId = /job ([0-9a-f]{24})/.exec(r.stdout)?.[1] ?? '';
    await approvePush(t.cloud().sdk({ env }).database(), jobId);
    const resumed = await staff(env, '--as', STAFF.openid, '--job', jobId);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(
      '[##############################] 3/3 100%  inbox 3 · wechat sent 0 · skipped 3 · failed 0',
    );
    expect(resumed.stdout).toContain('skipped no-grant: 3');
    expect(await t.find(env, COLLECTIONS.messages, { kind: 'staff.push' })).toHaveLength(3);
  });

  it('is refused for someone without the push role, with the function’s code', async () => {
    const env = t.cloud().freshEnv('cli');
    await t.register(env, ALICE);
    const r = await staff(env, '--as', ALICE.openid, '--to', ALICE.accountName, '--title', 't', '--body', 'b');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('ACCOUNT.FORBIDDEN');
    expect(await t.find(env, COLLECTIONS.pushJobs)).toHaveLength(0);
  });
});
