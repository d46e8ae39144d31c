/**
 * Bench history: each `npm run bench` appends its figures to test/bench/history.jsonl (git-ignored:
 * figures belong to a machine, not to the code) and prints each figure's change against the run
 * before, so a regression shows as a number that moved. The machine is shared, so a single
 * absolute number is noisy: read the ratios printed within one run first.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Figures = Record<string, number>;

export interface BenchRun {
  at: string;
  figures: Figures;
}

export const HISTORY_FILE = join(__dirname, 'history.jsonl');

/** The numeric fields of every JSON row a bench script printed (`{"name": …, "value": …}`), by name. */
export function figuresFromOutput(output: string): Figures {
  const out: Figures = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      continue; // a line of text that happens to start with a brace
    }
    if (typeof row !== 'object' || row === null || typeof (row as { name?: unknown }).name !== 'string') continue;
    const { name, ...fields } = row as Record<string, unknown>;
    for (const [field, v] of Object.entries(fields)) {
      if (typeof v === 'number' && Number.isFinite(v))
        out[field === 'value' ? String(name) : `${String(name)} · ${field}`] = v;
    }
  }
  return out;
}

export function readHistory(file = HISTORY_FILE): BenchRun[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BenchRun);
}

/** Lines saying how each figure moved since `previous` (new figures say so; gone ones are left out). */
export function changes(previous: Figures | undefined, current: Figures): string[] {
  return Object.entries(current).map(([name, now]) => {
    const before = previous?.[name];
    if (before === undefined) return `  ${name}: ${now} (new)`;
    const pct = before === 0 ? 0 : ((now - before) / Math.abs(before)) * 100;
    const sign = pct > 0 ? '+' : '';
    return `  ${name}: ${before} → ${now} (${sign}${pct.toFixed(1)} %)`;
  });
}

/**
 * Appends this run and returns the change lines, each figure against the latest earlier run that
 * measured it (a run of some phases, `--only`, leaves the others' last figures standing).
 */
export function recordRun(figures: Figures, file = HISTORY_FILE, at = new Date()): string[] {
  const previous = Object.assign({}, ...readHistory(file).map((run) => run.figures)) as Figures;
  appendFileSync(file, `${JSON.stringify({ at: at.toISOString(), figures } satisfies BenchRun)}\n`);
  return changes(previous, figures);
}
