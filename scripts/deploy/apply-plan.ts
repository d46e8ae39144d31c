/**
 * Carries out a checked plan, in an order that never leaves a function running on the wrong
 * runtime: each function is created with its runtime first (miniprogram-ci alone would create it
 * on Nodejs8.9), then its code goes up, then its trigger; then collections, indexes, and last the
 * mini-program, so the new client never meets an old backend.
 */
import type { CloudManagerTarget, WechatCiTarget } from './deploy-target';
import type { DeployPlan, PlannedFunction } from './plan-deploy';

export interface Release {
  version: string;
  description: string;
}

function variables(fn: PlannedFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fn.env) if (e.value.state === 'set') out[e.name] = e.value.value;
  return out;
}

export async function applyPlan(
  plan: DeployPlan,
  targets: { manager: CloudManagerTarget; ci: WechatCiTarget },
  release: Release,
  log: (line: string) => void,
): Promise<void> {
  if (plan.dryRun || plan.refusals.length > 0) throw new Error('applyPlan needs a checked plan of a real run');
  for (const fn of plan.functions) {
    const settings = { name: fn.name, runtime: fn.runtime, timeout: fn.timeout, envVariables: variables(fn) };
    log(`云函数 ${fn.name}：${await targets.manager.ensureFunction(settings)}（${fn.runtime}）`);
    await targets.ci.uploadFunctionCode(fn.name);
    log(`云函数 ${fn.name}：代码已上传`);
    if (fn.triggers.length) {
      await targets.ci.setTriggers(fn.name, fn.triggers);
      log(`云函数 ${fn.name}：定时触发器 ${fn.triggers.map((t) => t.name).join(', ')}`);
    }
  }
  for (const name of plan.collections) log(`集合 ${name}：${await targets.manager.ensureCollection(name)}`);
  for (const name of new Set(plan.indexes.map((i) => i.collection))) {
    const created = await targets.manager.ensureIndexes(
      name,
      plan.indexes.filter((i) => i.collection === name),
    );
    if (created.length) log(`索引 ${name}：新建 ${created.join(', ')}`);
  }
  await targets.ci.uploadMiniProgram(release.version, release.description);
  log(`小程序 ${release.version} 已上传（在 公众平台 → 版本管理 提交审核）`);
}
