/**
 * A function's config.json as CloudBase reads it: `permissions.openapi` (云调用 the function may
 * make), `timeout` in seconds (default 3; the console allows 1–60), `triggers` (one timer at most:
 * "目前仅支持一个触发器", https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.md).
 */
import { cronProblem, triggerNameProblem } from './cron';
import { refusal, type Refusal } from './deploy.errors';

export const MAX_TIMEOUT_SECONDS = 60;
export const DEFAULT_TIMEOUT_SECONDS = 3;

export interface TimerTrigger {
  name: string;
  type: 'timer';
  config: string;
}

export interface FunctionConfig {
  openapi: string[];
  timeout: number;
  triggers: TimerTrigger[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function readTriggers(name: string, raw: unknown, refusals: Refusal[]): TimerTrigger[] {
  if (raw === undefined) return [];
  const bad = (why: string) => refusals.push(refusal('FUNCTION_TRIGGER_INVALID', name, why));
  if (!Array.isArray(raw)) return (bad('triggers 须为数组'), []);
  if (raw.length > 1) bad('每个云函数目前仅支持一个定时触发器');
  const out: TimerTrigger[] = [];
  for (const t of raw) {
    if (!isRecord(t) || typeof t.name !== 'string' || typeof t.config !== 'string' || t.type !== 'timer') {
      bad('触发器须为 { name, type: "timer", config }');
      continue;
    }
    const problem = triggerNameProblem(t.name) ?? cronProblem(t.config);
    if (problem) bad(`触发器 ${t.name}（${t.config}）：${problem}`);
    else out.push({ name: t.name, type: 'timer', config: t.config });
  }
  return out;
}

/**
 * `permissions.openapi`: the 云调用 names the function may make ("APIs required by each cloud function
 * should be declared by adding the name of an API … in the permissions.openapi field of the
 * config.json", https://developers.weixin.qq.com/miniprogram/en/dev/wxcloud/guide/openapi/openapi.html).
 * A malformed entry is refused, not dropped: dropping it deployed a function whose calls then fail.
 */
function readOpenapi(name: string, permissions: unknown, refusals: Refusal[]): string[] {
  if (permissions === undefined) return [];
  const openapi = isRecord(permissions) ? (permissions.openapi ?? []) : undefined;
  const names = Array.isArray(openapi) ? openapi.filter((x): x is string => typeof x === 'string' && x !== '') : [];
  if (!Array.isArray(openapi) || names.length !== openapi.length)
    refusals.push(refusal('FUNCTION_PERMISSIONS_INVALID', name, 'permissions.openapi 须为接口名（字符串）的数组'));
  return names;
}

/** Reads one config.json's parsed JSON; every problem becomes a refusal naming the function. */
export function readFunctionConfig(name: string, json: unknown): { config: FunctionConfig; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const raw = isRecord(json) ? json : {};
  if (!isRecord(json)) refusals.push(refusal('FUNCTION_CONFIG_MISSING', name, '缺少 config.json 或其内容不是对象'));
  const timeout = raw.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > MAX_TIMEOUT_SECONDS) {
    refusals.push(
      refusal(
        'FUNCTION_TIMEOUT_INVALID',
        name,
        `timeout ${String(timeout)} 无效：须为 1–${MAX_TIMEOUT_SECONDS} 的整数秒`,
      ),
    );
  }
  return {
    config: {
      openapi: readOpenapi(name, raw.permissions, refusals),
      timeout: typeof timeout === 'number' ? timeout : DEFAULT_TIMEOUT_SECONDS,
      triggers: readTriggers(name, raw.triggers, refusals),
    },
    refusals,
  };
}
