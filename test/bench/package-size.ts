/**
 * Weapp package sizes against DESIGN.md §6 and issue 18: the main package ≤ 400 KB, every package
 * ≤ 2 MB (WeChat's limit), all together ≤ 30 MB. Sizes are what DevTools uploads: every file but maps.
 * The main package's files are listed too, largest first, so a regression shows where it grew.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUDGETS = { mainKB: 400, packageKB: 2048, totalKB: 30 * 1024 };

export interface PackageSize {
  name: string;
  kb: number;
  budgetKB: number;
  ok: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export interface FileSize {
  file: string;
  kb: number;
}

const kbOf = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function measureWeapp(weappDir: string): { packages: PackageSize[]; totalKB: number; mainFiles: FileSize[] } {
  const app = JSON.parse(readFileSync(join(weappDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/$/, ''));
  const bytes = new Map<string, number>([['main', 0], ...roots.map((r): [string, number] => [r, 0])]);
  const mainFiles: FileSize[] = [];
  for (const file of filesUnder(weappDir)) {
    if (file.endsWith('.map')) continue;
    const rel = relative(weappDir, file);
    const owner = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main';
    const size = statSync(file).size;
    bytes.set(owner, (bytes.get(owner) ?? 0) + size);
    if (owner === 'main') mainFiles.push({ file: rel, kb: kbOf(size) });
  }
  const packages = [...bytes].map(([name, size]) => {
    const kb = kbOf(size);
    const budgetKB = name === 'main' ? BUDGETS.mainKB : BUDGETS.packageKB;
    return { name, kb, budgetKB, ok: kb <= budgetKB };
  });
  const totalKB = packages.reduce((sum, p) => sum + p.kb, 0);
  mainFiles.sort((a, b) => b.kb - a.kb);
  return { packages, totalKB, mainFiles };
}
