import { AppError } from '../errors/app-error';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar day of a moment in Asia/Shanghai, `YYYY-MM-DD`. */
export function shanghaiDay(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * When a publication takes effect. A day means 00:00 that day in Asia/Shanghai, and today means now;
 * a time must carry its zone. Neither may lie in the past.
 */
export function effectiveMoment(effective: string, now: number): { at: number; day: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(effective)) {
    const start = Date.parse(`${effective}T00:00:00+08:00`);
    if (Number.isNaN(start) || shanghaiDay(start) !== effective) throw new AppError('REQUEST.INVALID_INPUT');
    if (effective < shanghaiDay(now)) throw new AppError('POLICY.EFFECTIVE_IN_PAST');
    const at = Math.max(start, now);
    return { at, day: shanghaiDay(at) };
  }
  const at = Date.parse(effective);
  if (Number.isNaN(at)) throw new AppError('REQUEST.INVALID_INPUT');
  if (at < now) throw new AppError('POLICY.EFFECTIVE_IN_PAST');
  return { at, day: shanghaiDay(at) };
}
