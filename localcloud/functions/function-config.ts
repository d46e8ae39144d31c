/**
 * A function's `config.json` as WeChat reads it when DevTools uploads the function: `timeout` in
 * seconds, `memorySize` in MB, `permissions.openapi` (the cloud-call APIs the function may use),
 * `triggers`. A file CloudBase would not accept is refused here too, loudly, never defaulted.
 *
 * Sources (PARITY.md, "Functions and openapi"):
 * - timeout default 3 s (docs.cloudbase.net/cloud-function/function-configuration/config); WeChat's
 *   console and CloudBase's FAQ (docs.cloudbase.net/en/faq/functions: "up to 60s") cap it at 60 s.
 * - memorySize default 256 MB, range 64–3072 MB (same config page); WeChat's quota page
 *   (developers.weixin.qq.com/miniprogram/dev/wxcloud/basis/concepts/quota.html) gives 256 MB.
 * - permissions.openapi: a string array of API names (…/wxcloud/guide/openapi/openapi.html).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FunctionConfig {
  timeoutMs: number;
  memoryMb: number;
  /** The openapi names the function declared, e.g. `subscribeMessage.send`. */
  openapi: readonly string[];
}

export const DEFAULT_TIMEOUT_S = 3;
export const MAX_TIMEOUT_S = 60;
export const DEFAULT_MEMORY_MB = 256;
export const MIN_MEMORY_MB = 64;
export const MAX_MEMORY_MB = 3072;

/** config.json that CloudBase would refuse; the message names the file and the field. */
export class FunctionConfigError extends Error {
  readonly code = 'FUNCTION_CONFIG_INVALID';
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'FunctionConfigError';
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function timeoutOf(raw: Record<string, unknown>, file: string): number {
  if (raw.timeout === undefined) return DEFAULT_TIMEOUT_S;
  const t = raw.timeout;
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 1 || t > MAX_TIMEOUT_S) {
    throw new FunctionConfigError(
      file,
      `timeout must be a whole number of seconds 1–${MAX_TIMEOUT_S}, got ${JSON.stringify(t)}`,
    );
  }
  return t;
}

function memoryOf(raw: Record<string, unknown>, file: string): number {
  if (raw.memorySize === undefined) return DEFAULT_MEMORY_MB;
  const m = raw.memorySize;
  if (typeof m !== 'number' || !Number.isInteger(m) || m < MIN_MEMORY_MB || m > MAX_MEMORY_MB) {
    throw new FunctionConfigError(
      file,
      `memorySize must be whole MB ${MIN_MEMORY_MB}–${MAX_MEMORY_MB}, got ${JSON.stringify(m)}`,
    );
  }
  return m;
}

function openapiOf(raw: Record<string, unknown>, file: string): string[] {
  if (raw.permissions === undefined) return [];
  if (!isRecord(raw.permissions)) throw new FunctionConfigError(file, 'permissions must be an object');
  const list = raw.permissions.openapi;
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every((n) => typeof n === 'string' && /^[A-Za-z]+\.[A-Za-z]+$/.test(n))) {
    throw new FunctionConfigError(
      file,
      'permissions.openapi must be an array of API names like "subscribeMessage.send"',
    );
  }
  return list as string[];
}

/** Parses config.json text (exported for the build, which checks the same rules before deploy). */
export function parseFunctionConfig(text: string, file: string): FunctionConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new FunctionConfigError(file, `not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(raw)) throw new FunctionConfigError(file, 'must be a JSON object');
  return {
    timeoutMs: timeoutOf(raw, file) * 1000,
    memoryMb: memoryOf(raw, file),
    openapi: openapiOf(raw, file),
  };
}

/** The config of `<dir>/config.json`; no file means CloudBase's defaults and no openapi. */
export function readFunctionConfig(dir: string): FunctionConfig {
  const file = join(dir, 'config.json');
  if (!existsSync(file)) return { timeoutMs: DEFAULT_TIMEOUT_S * 1000, memoryMb: DEFAULT_MEMORY_MB, openapi: [] };
  return parseFunctionConfig(readFileSync(file, 'utf8'), file);
}
