import { shanghaiDate } from '../contract/shanghai-date';
import { AppError } from '../errors/app-error';

/**
 * When a publication takes effect. A day means 00:00 that day in Asia/Shanghai, and today means now;
 * a time must carry its zone. Neither may lie in the past.
 */
export function effectiveMoment(effective: string, now: number): { at: number; day: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(effective)) {
    const start = Date.parse(`${effective}T00:00:00+08:00`);
    if (Number.isNaN(start) || shanghaiDate(start) !== effective) throw new AppError('REQUEST.INVALID_INPUT');
    if (effective < shanghaiDate(now)) throw new AppError('POLICY.EFFECTIVE_IN_PAST');
    const at = Math.max(start, now);
    return { at, day: shanghaiDate(at) };
  }
  const at = Date.parse(effective);
  if (Number.isNaN(at)) throw new AppError('REQUEST.INVALID_INPUT');
  if (at < now) throw new AppError('POLICY.EFFECTIVE_IN_PAST');
  return { at, day: shanghaiDate(at) };
}
