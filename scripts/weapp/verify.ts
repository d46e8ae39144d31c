/**
 * Checks the built weapp with WeChat's own offline tools: miniprogram-ci (compile, analyse, package
 * size, with the upload's own compile settings) and the wcc/wcsc compilers from miniprogram-compiler. A broken page, template, style or
 * app.json fails with WeChat's own message. Run after `npm run build:weapp`.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as ci from 'miniprogram-ci';
import { wxmlToJs } from 'miniprogram-compiler';
import wcsc from 'miniprogram-compiler/src/wcsc';
import { UPLOAD_SETTING } from './upload-setting';

const root = resolve(__dirname, '..', '..');
const weappDir = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist', 'weapp');

function filesWith(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesWith(full, ext));
    else if (full.endsWith(ext)) out.push(relative(weappDir, full).slice(0, -ext.length));
  }
  return out;
}

function checkTemplates(): void {
  wxmlToJs(weappDir, { maxBuffer: 256 << 20 });
}

function checkStyles(): void {
  const result: unknown = wcsc(weappDir, filesWith(weappDir, '.wxss'), { maxBuffer: 64 << 20 });
  if (result instanceof Error) throw result;
}

async function checkWithCi(): Promise<void> {
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: weappDir,
    privateKey: 'unused',
    ignores: ['node_modules/**/*'],
    attr: async () => ci.DefaultProjectAttr,
  } as ConstructorParameters<typeof ci.Project>[0]);
  await ci.getCompiledResult({
    project,
    version: '0.0.0',
    setting: UPLOAD_SETTING,
  });
  const analysis = await ci.analyseCode(project, { silent: true });
  if (!analysis) throw new Error('miniprogram-ci analyseCode returned nothing');
  const quality = await ci.checkCodeQuality(project);
  const sizeCheck = quality.find((item) => item.name === 'PACKAGE_SIZE_LIMIT');
  if (sizeCheck && !sizeCheck.success)
    throw new Error(`PACKAGE_SIZE_LIMIT: ${sizeCheck.text} ${JSON.stringify(sizeCheck.detail)}`);
}

async function run(): Promise<void> {
  if (!existsSync(join(weappDir, 'app.json')))
    throw new Error(`${weappDir}/app.json missing: run npm run build:weapp first`);
  // miniprogram-ci leaves an empty directory with a random hex name in the working directory on
  // every run: it is made in a throw-away one instead, not in the checkout.
  const scratch = mkdtempSync(join(tmpdir(), 'qyb-verify-weapp-'));
  process.chdir(scratch);
  try {
    checkTemplates();
    checkStyles();
    await checkWithCi();
  } finally {
    process.chdir(root);
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`weapp verified with WeChat's tools: ${weappDir}`);
}

run()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`weapp verification failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
