/** The plan as the operator reads it: what would be uploaded, created and set, then refusals. */
import type { DeployPlan, PlannedValue } from './plan-deploy';
import { formatRefusal } from './deploy.errors';

const TO_BE_SUPPLIED = '待提供 / to be supplied';

function shown(value: PlannedValue): string {
  if (value.state === 'to-be-supplied') return TO_BE_SUPPLIED;
  if (value.state === 'default') return '（未设置）';
  return value.secret ? '已提供（不显示）' : value.value;
}

const orSupplied = (value: string | undefined) => value ?? TO_BE_SUPPLIED;

export function renderPlan(plan: DeployPlan): string {
  const s = plan.settings;
  const lines: string[] = [
    `部署计划${plan.dryRun ? '（--dry-run：不上传、不创建）' : ''}`,
    `  小程序 AppID      ${orSupplied(s.appid)}`,
    `  云开发环境        ${orSupplied(s.cloudEnv)}`,
    `  代码上传密钥      ${plan.dryRun ? `${orSupplied(s.uploadKey)}（正式部署时需要该文件）` : orSupplied(s.uploadKey)}`,
    '',
    '上传小程序：dist/weapp（miniprogram-ci upload）',
    '',
    `云函数（${plan.functions.length} 个，dist/cloudfunctions/<name>，云端安装依赖）`,
  ];
  for (const fn of plan.functions) {
    lines.push(`  ${fn.name}  运行时 ${fn.runtime}  超时 ${fn.timeout}s  云调用 [${fn.openapi.join(', ')}]`);
    for (const t of fn.triggers) lines.push(`    定时触发器 ${t.name}: ${t.config}`);
    for (const e of fn.env.filter((x) => x.value.state !== 'default')) {
      lines.push(`    环境变量 ${e.name} = ${shown(e.value)}`);
    }
    const optional = fn.env.filter((x) => x.value.state === 'default').map((x) => x.name);
    if (optional.length) lines.push(`    可选环境变量（未设置，用默认值或关闭）：${optional.join(', ')}`);
  }
  lines.push('', `集合（${plan.collections.length} 个，缺少则创建）`, `  ${plan.collections.join(', ')}`);
  lines.push('', `索引（${plan.indexes.length} 个，缺少则创建）`);
  for (const i of plan.indexes) lines.push(`  ${i.collection}.${i.name}${i.unique ? '（唯一）' : ''}`);
  lines.push('');
  if (plan.refusals.length === 0) {
    lines.push(
      plan.strict ? '检查通过。' : `检查通过；标为「${TO_BE_SUPPLIED}」的值须在 .env.deploy 中提供后才能正式部署。`,
    );
  } else {
    lines.push(`拒绝部署：${plan.refusals.length} 个问题`, ...plan.refusals.map(formatRefusal));
  }
  return `${lines.join('\n')}\n`;
}
