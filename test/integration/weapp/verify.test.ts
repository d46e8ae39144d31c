/**
 * scripts/weapp/verify.ts runs WeChat's own compilers over the weapp build. These tests break a copy
 * of the real build and expect WeChat's own complaint, so a green verify means something.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireBuilt } from '../../support/require-build';

const root = resolve(__dirname, '../../..');
const built = join(root, 'dist', 'weapp');

function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qyb-weapp-'));
  cpSync(built, dir, { recursive: true });
  return dir;
}

function verify(dir: string, cwd = root): { code: number; output: string } {
  try {
    const output = execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'scripts/weapp/verify.ts'), dir],
      {
        cwd,
        encoding: 'utf8',
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('verify:weapp', () => {
  beforeAll(() => {
    requireBuilt(['dist/weapp/app.json'], 'npm run build:weapp');
  });

  it('fails on a broken template with WeChat’s own message', () => {
    const dir = copyOfBuild();
    appendFileSync(join(dir, 'base.wxml'), '\n<view><text>{{ a + }}</view>\n');
    const { code, output } = verify(dir);
    expect(code).toBe(1);
    expect(output).toMatch(/weapp verification failed: 编译 \.wxml 文件错误：base\.wxml:\d+:\d+: expect end-tag/);
  }, 130_000);

  it('fails on a broken stylesheet', () => {
    const dir = copyOfBuild();
    appendFileSync(join(dir, 'app.wxss'), '\n.broken { color: red;\n');
    const { code, output } = verify(dir);
    expect(code).toBe(1);
    expect(output).toMatch(/weapp verification failed: 编译 \.wxss 文件错误：ERR: app\.wxss\(\d+:\d+\)/);
  }, 130_000);

  it('fails on an app.json page that does not exist, and leaves nothing where it ran', () => {
    const dir = copyOfBuild();
    const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { pages: string[] };
    app.pages.push('pages/missing/index');
    writeFileSync(join(dir, 'app.json'), JSON.stringify(app));
    // miniprogram-ci, which finds this one, makes a directory in the working directory.
    const cwd = mkdtempSync(join(tmpdir(), 'qyb-verify-cwd-'));
    const { code, output } = verify(dir, cwd);
    expect(code).toBe(1);
    expect(output).toMatch(/pages\/missing\/index/);
    expect(readdirSync(cwd)).toEqual([]);
  }, 130_000);
});
