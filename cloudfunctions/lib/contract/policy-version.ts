/** `2026-12-01.9` → `2026-12-01.000009`: plain string order is then version order. */
const sortKey = (version: string) => version.replace(/\.(\d+)$/, (_m, n: string) => `.${n.padStart(6, '0')}`);

/**
 * Versions are `YYYY-MM-DD` or `YYYY-MM-DD.N` (policies/manifest.json): by day, then by N, so
 * `2026-12-01.10` comes after `2026-12-01.9`. Negative: a before b.
 */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x === y ? 0 : x < y ? -1 : 1;
}
