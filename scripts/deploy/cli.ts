/**
 * npm run deploy [-- --dry-run] [-- --no-build]
 * Builds (build:weapp also bundles the functions), checks everything, prints the plan and writes
 * dist/privacy-declaration.md; a real run then releases with miniprogram-ci and manager-node.
 * --no-build is for the test that runs this command on an already built dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import capabilityApis from '../../config/capability-apis.json';
import { permissionList } from '../../src/platform/permissions/catalog';
import { applyPlan } from './apply-plan';
import { planDeploy } from './plan-deploy';
import { privacyDeclaration, renderPrivacyDeclaration } from './privacy-declaration';
import { readOperatorEnv, readProjectFacts } from './read-project';
import { renderPlan } from './render-plan';

const root = resolve(__dirname, '..', '..');
const dryRun = process.argv.includes('--dry-run');
const build = !process.argv.includes('--no-build');

function writePrivacyDeclaration(): void {
  const text = renderPrivacyDeclaration(privacyDeclaration(permissionList(), capabilityApis));
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'privacy-declaration.md'), text);
  console.log(`${text}（已写入 dist/privacy-declaration.md）\n`);
}

async function main(): Promise<number> {
  if (build && spawnSync('npm', ['run', 'build:weapp'], { cwd: root, stdio: 'inherit' }).status !== 0) {
    console.error('构建失败，未部署');
    return 1;
  }
  writePrivacyDeclaration();
  const env = readOperatorEnv(root);
  const uploadKey = env.QYB_UPLOAD_KEY ? resolve(root, env.QYB_UPLOAD_KEY) : undefined;
  const plan = planDeploy(readProjectFacts(root), {
    env,
    dryRun,
    uploadKeyExists: uploadKey !== undefined && existsSync(uploadKey),
  });
  console.log(renderPlan(plan));
  if (plan.refusals.length > 0) return 1;
  if (dryRun) return 0;
  const { appid, cloudEnv } = plan.settings;
  if (!appid || !cloudEnv || !uploadKey || !env.TENCENTCLOUD_SECRETID || !env.TENCENTCLOUD_SECRETKEY) {
    console.error(
      '正式部署还需要 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（腾讯云 API 密钥，管理集合、索引与云函数配置）',
    );
    return 1;
  }
  // The SDKs load only for a real run: miniprogram-ci alone takes ~20 s to start.
  const { managerNodeTarget } = await import('./manager-node-target');
  const { miniprogramCiTarget } = await import('./miniprogram-ci-target');
  const functionRoot = join(root, 'dist', 'cloudfunctions');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  await applyPlan(
    plan,
    {
      manager: managerNodeTarget({
        envId: cloudEnv,
        secretId: env.TENCENTCLOUD_SECRETID,
        secretKey: env.TENCENTCLOUD_SECRETKEY,
        functionRoot,
      }),
      ci: miniprogramCiTarget({
        appid,
        envId: cloudEnv,
        privateKeyPath: uploadKey,
        miniprogramRoot: join(root, 'dist', 'weapp'),
        functionRoot,
      }),
    },
    { version: pkg.version, description: `琴易办 ${pkg.version}` },
    (line) => console.log(line),
  );
  console.log('部署完成。控制台步骤见 README「Deploy」一节（云调用权限、合法域名、隐私保护指引、存储权限）。');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `部署失败：${error.message}` : error);
    process.exit(1);
  },
);
