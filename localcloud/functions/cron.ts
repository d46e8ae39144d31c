/**
 * CloudBase timer-trigger cron: seven fields — second minute hour day-of-month month day-of-week
 * year — each `*`, a number, a list (`1,5`), a range (`1-5`) or a step (`*\/5`, `10-30/10`).
 * Day-of-week 0–6 (Sunday 0). Times are evaluated in China time (UTC+8), as CloudBase does.
 */
const FIELDS: readonly [min: number, max: number][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
  [1970, 2199],
];

export type Cron = ReadonlyArray<ReadonlySet<number> | null>;

function parseField(text: string, [min, max]: [number, number]): ReadonlySet<number> | null {
  if (text === '*' || text === '?') return null;
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`bad cron field "${text}"`);
    const from = m[1] === '*' ? min : Number(m[2]);
    const to = m[1] === '*' ? max : m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? max : from;
    const step = m[4] !== undefined ? Number(m[4]) : 1;
    if (from < min || to > max || from > to || step < 1)
      throw new Error(`cron field "${text}" out of range ${min}-${max}`);
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 7) throw new Error(`cron needs 7 fields (second … year), got "${expression}"`);
  return parts.map((p, i) => parseField(p, FIELDS[i] as [number, number]));
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Whether the cron fires in the second that contains `ms`. */
export function cronMatches(cron: Cron, ms: number): boolean {
  const d = new Date(ms + CHINA_OFFSET_MS);
  const values = [
    d.getUTCSeconds(),
    d.getUTCMinutes(),
    d.getUTCHours(),
    d.getUTCDate(),
    d.getUTCMonth() + 1,
    d.getUTCDay(),
    d.getUTCFullYear(),
  ];
  return cron.every((set, i) => set === null || set.has(values[i] as number));
}

/** The first whole second after `ms` at which the cron fires (searching at most `horizonMs` ahead). */
export function nextFire(cron: Cron, ms: number, horizonMs = 366 * 86_400_000): number | null {
  let t = Math.floor(ms / 1000) * 1000 + 1000;
  const end = ms + horizonMs;
  while (t <= end) {
    if (cronMatches(cron, t)) return t;
    t += 1000;
  }
  return null;
}
