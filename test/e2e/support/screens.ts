import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { notePageSaved } from './pages-coverage';

/**
 * test-results/screens/<set>/<name>.png: screens kept for a person to look at (390×844, the
 * bridge's viewport). QYB_SCREENS_SET names the set, so a run before a UI change and one after
 * sit side by side ("before", "after"); without it the set is "latest".
 */
export const SCREENS_DIR = path.resolve(__dirname, '..', '..', '..', 'test-results', 'screens');

/** This run's set of screens. */
export const screensSetDir = (): string => path.join(SCREENS_DIR, process.env.QYB_SCREENS_SET ?? 'latest');

export async function saveScreen(miniProgram: MiniProgram, name: string): Promise<string> {
  const dir = screensSetDir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  // Taro H5 slides a new page in (about 300 ms): the bridge's screenshot fast-forwards it
  // (bridge/methods/app.ts), so no fixed wait here.
  await miniProgram.screenshot({ path: file });
  const page = await miniProgram.currentPage();
  if (page) notePageSaved(name, page.path);
  return file;
}
