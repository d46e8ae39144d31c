import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { notePageSaved } from './pages-coverage';
import { COLD_FUNCTION_MS, elementOf, onPage } from './wait';

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

const PROFILE = 'packages/account/pages/profile/index';

/**
 * Flips the 长辈版 switch in 我的账号 (a signed-in person's; home may send a story's person to the
 * agreement first) and comes back: every mounted page re-renders in the new mode.
 */
async function flipCareMode(miniProgram: MiniProgram): Promise<void> {
  await miniProgram.navigateTo(`/${PROFILE}`);
  await (await elementOf(await onPage(miniProgram, PROFILE), '.care-switch', COLD_FUNCTION_MS)).tap();
  await miniProgram.navigateBack();
}

/**
 * The current screen as it is (`name`) and in 关怀模式 (`name-care`), its state kept: the page
 * stays mounted while the switch is flipped on and, after the picture, off again.
 */
export async function saveScreenBothModes(miniProgram: MiniProgram, name: string): Promise<void> {
  await saveScreen(miniProgram, name);
  await flipCareMode(miniProgram);
  await saveScreen(miniProgram, `${name}-care`);
  await flipCareMode(miniProgram);
}
