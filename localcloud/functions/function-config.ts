/** A function's `config.json` as WeChat reads it: `timeout` in seconds, optional `memorySize` (MB). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FunctionConfig {
  timeoutMs: number;
  memoryMb: number;
}

export const DEFAULT_TIMEOUT_S = 3;
export const DEFAULT_MEMORY_MB = 256;

export function readFunctionConfig(dir: string): FunctionConfig {
  const file = join(dir, 'config.json');
  let raw: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      raw = {};
    }
  }
  const timeout = typeof raw.timeout === 'number' && raw.timeout > 0 ? raw.timeout : DEFAULT_TIMEOUT_S;
  const memory = typeof raw.memorySize === 'number' && raw.memorySize >= 64 ? raw.memorySize : DEFAULT_MEMORY_MB;
  return { timeoutMs: Math.round(timeout * 1000), memoryMb: memory };
}
