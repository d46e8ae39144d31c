/**
 * The built bundles (npm run build:functions) loaded as CloudBase loads them, in a fresh Node
 * process with a production environment: SCF's marker, no loopback service URL. A stand-in or a
 * placeholder template id must stop the function before it serves; the same bundle loads in the
 * local cloud's environment. No local cloud is needed: the refusal happens before any call.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SUBSCRIPTION_TEMPLATES } from '../../../config/subscription-templates';

const FUNCTIONS_DIR = join(__dirname, '..', '..', '..', 'dist', 'cloudfunctions');

const KEYS = {
  QYB_FIELD_KEY: `t1:${randomBytes(32).toString('base64')}`,
  QYB_INDEX_KEY: randomBytes(32).toString('base64'),
};
const REAL_IDS = Object.fromEntries(SUBSCRIPTION_TEMPLATES.map((t, i) => [t.idEnv, `wxTmplReal${i}_0123456789abcdef`]));
const PRODUCTION = {
  TENCENTCLOUD_RUNENV: 'SCF',
  TENCENTCLOUD_SECRETID: 'x',
  TENCENTCLOUD_SECRETKEY: 'x',
  // The business registry gateway the requests function refuses to start without (outside the twin).
  QYB_ENTERPRISE_REGISTRY_URL: 'https://registry.example.gov.cn/enterprise',
  QYB_ENTERPRISE_REGISTRY_TOKEN: 'x',
};
const TWIN = { TCB_CONTEXT_CNFG: JSON.stringify({ URL: 'http://127.0.0.1:9/tcb' }) };

/** Loads a bundle as CloudBase does; a spawn error (timeout, overflow) is reported as such, not as a missing message. */
function load(name: string, env: Record<string, string>): { status: number | null; stderr: string } {
  const bundle = join(FUNCTIONS_DIR, name, 'index.js');
  // The load error is printed by the child itself: Node's own report of an uncaught error repeats
  // the throwing line (the whole bundle, one minified line), and a child that exits with that much
  // still queued for a slow pipe loses the message at the end.
  const script = `try { require(${JSON.stringify(bundle)}); } catch (error) { console.error(String(error && error.stack)); process.exitCode = 1; }`;
  const result = spawnSync(process.execPath, ['-e', script], {
    // Only what CloudBase would give: the keys and the case's variables (NODE_ENV and TARO_ENV satisfy the typings).
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', TARO_ENV: 'weapp', ...KEYS, ...env },
    encoding: 'utf8',
    timeout: 45_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`loading ${name} did not finish: ${result.error.message}`);
  return { status: result.status, stderr: result.stderr };
}

jest.setTimeout(180_000);

describe('a function bundle loaded outside the local cloud', () => {
  it('refuses QYB_FACE_VERIFIER=local-stand-in (account), naming it', () => {
    const refused = load('account', { ...PRODUCTION, ...REAL_IDS, QYB_FACE_VERIFIER: 'local-stand-in' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('QYB_FACE_VERIFIER=local-stand-in 只用于本地开发');
  });

  it('refuses QYB_CHANNELS=local-stand-in (notify), naming it', () => {
    const refused = load('notify', { ...PRODUCTION, ...REAL_IDS, QYB_CHANNELS: 'local-stand-in' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('QYB_CHANNELS=local-stand-in 只用于本地开发');
  });

  it('refuses to run on placeholder template ids (requests), naming each missing QYB_TMPL_*', () => {
    const refused = load('requests', { ...PRODUCTION, QYB_TMPL_REQUEST_STATUS: REAL_IDS.QYB_TMPL_REQUEST_STATUS });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('QYB_TMPL_SECURITY_ALERT、QYB_TMPL_SERVICE_NOTICE、QYB_TMPL_POLICY_UPDATE');
  });

  it('a loopback service URL does not help when SCF’s own marker is there', () => {
    const refused = load('account', { ...PRODUCTION, ...TWIN, ...REAL_IDS, QYB_FACE_VERIFIER: 'local-stand-in' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('QYB_FACE_VERIFIER=local-stand-in 只用于本地开发');
  });

  it('loads with real template ids and no stand-ins', () => {
    for (const name of ['account', 'notify', 'requests'])
      expect(load(name, { ...PRODUCTION, ...REAL_IDS })).toMatchObject({ status: 0 });
  });
});

describe('the same bundles in the local cloud’s environment', () => {
  it('load with the stand-ins and placeholder ids', () => {
    const env = { ...TWIN, QYB_FACE_VERIFIER: 'local-stand-in', QYB_CHANNELS: 'local-stand-in' };
    for (const name of ['account', 'notify', 'requests']) expect(load(name, env)).toMatchObject({ status: 0 });
  });
});
