/**
 * Age bands PIPL and the agreement draw: under 14 a guardian must consent (PIPL art. 31); from 14
 * to 17 the minor decides with a guardian accompanying them (agreement preamble); 18 and over alone.
 */
export type AgeBand = 'child' | 'teen' | 'adult';

/** Whole years between a birth date (YYYY-MM-DD) and `now`, in Beijing time. */
export function ageOn(birthDate: string, now: Date): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) throw new RangeError(`not a date: ${birthDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const beijing = new Date(now.getTime() + 8 * 3600 * 1000);
  const [y, m, d] = [beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, beijing.getUTCDate()];
  return y - year - (m < month || (m === month && d < day) ? 1 : 0);
}

export function ageBand(birthDate: string, now: Date): AgeBand {
  const age = ageOn(birthDate, now);
  if (age < 14) return 'child';
  return age < 18 ? 'teen' : 'adult';
}
