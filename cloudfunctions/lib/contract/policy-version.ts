/**
 * Versions are `YYYY-MM-DD` or `YYYY-MM-DD.N` (policies/manifest.json): by day, then by N, so
 * `2026-12-01.10` comes after `2026-12-01.9`. Negative: a before b.
 */
export function compareVersions(a: string, b: string): number {
  const [dayA = '', nA = '0'] = a.split('.');
  const [dayB = '', nB = '0'] = b.split('.');
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return Number(nA) - Number(nB);
}
