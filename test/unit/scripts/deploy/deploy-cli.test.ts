/**
 * `npm run deploy -- --dry-run` as an operator runs it, as a child process without credentials,
 * on freshly built function bundles (--no-build skips the slow mini-program build).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SUBSCRIPTION_TEMPLATES } from '../../../../config/subscription-templates';
import { planDeploy } from '../../../../scripts/deploy/plan-deploy';
import { readProjectFacts } from '../../../../scripts/deploy/read-project';

const root = resolve(__dirname, '../../../..');
/** The machine's environment without any QYB_ value: what a fresh clone sees. */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('QYB_')));
const dryRun = (env: Record<string, string> = {}) =>
  spawnSync('npm', ['run', '--silent', 'deploy', '--', '--dry-run', '--no-build'], {
    cwd: root,
    env: { ...cleanEnv, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:functions'], { cwd: root, stdio: 'ignore' });
}, 60_000);

describe('npm run deploy -- --dry-run', () => {
  it('on a fresh clone prints the complete plan and the privacy declaration and exits 0', () => {
    const run = dryRun();
    const facts = readProjectFacts(root);
    const expected = planDeploy(facts, { env: {}, dryRun: true });
    for (const fn of facts.functions) expect(run.stdout).toContain(`  ${fn.name}  运行时 Nodejs18.15`);
    for (const c of facts.collections) expect(run.stdout).toContain(c);
    for (const i of expected.indexes) expect(run.stdout).toContain(`${i.collection}.${i.name}`);
    expect(run.stdout).toContain('待提供 / to be supplied');
    expect(expected.refusals).toEqual([]);
    expect(run.status).toBe(0);
    const declaration = readFileSync(join(root, 'dist', 'privacy-declaration.md'), 'utf8');
    expect(run.stdout).toContain(declaration.trim());
  }, 60_000);

  it('exits non-zero naming a placeholder template id and a stand-in once values are supplied', () => {
    const placeholder = SUBSCRIPTION_TEMPLATES[0]!;
    const run = dryRun({ [placeholder.idEnv]: placeholder.placeholderId, QYB_FACE_VERIFIER: 'local-stand-in' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`TEMPLATE_PLACEHOLDER ${placeholder.idEnv}`);
    expect(run.stdout).toContain('STAND_IN_SELECTED QYB_FACE_VERIFIER');
    expect(run.stdout).toContain('ENV_MISSING QYB_APPID');
    expect(existsSync(join(root, 'dist', 'privacy-declaration.md'))).toBe(true);
  }, 60_000);
});
