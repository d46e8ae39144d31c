import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { tap } from './interact';
import { checkScreen } from './screen-checks';
import { saveScreen, screensSetDir } from './screens';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './wait';

/**
 * The four variants every screen is reviewed in (issue 20): as it comes (简体), 关怀模式, 繁體（澳門）
 * and a foreign language. saveScreenVariants names them `<name>`, `<name>-care`, `<name>-zh-MO`,
 * `<name>-pt-PT` (contact-sheet.ts groups them in one row).
 */
export const SCREEN_VARIANT_SUFFIXES = ['', '-care', '-zh-MO', '-pt-PT'] as const;

/** Where saveScreenVariants notes each screen it saves: the e2e teardown fails on one left short. */
export const VARIANTS_MANIFEST_DIR = '.variants';

const PROFILE = 'packages/account/pages/profile/index';
/** Taro H5 hides a toast with display: none once its time is up. */
const TOAST_GONE = `function () { const t = document.querySelector('.taro__toast'); return !t || t.style.display === 'none'; }`;
/** The app's own re-launch after a language is chosen lands on timers (wait.ts's route settle). */
const SETTLE_MS = 400;

export interface ScreenVariantsOptions {
  /** An element that says the screen is ready again after it is re-entered in another language. */
  ready: string;
  /** What the screen needs after it is re-entered (a filter typed in again), before the picture. */
  again?: (page: Page) => Promise<void>;
  /** False where the story ends with the screen: it is left in Português (saves a re-entry). */
  restore?: boolean;
  /** What the person typed themselves (their account name, document number): read as codes by the scan, but theirs. */
  personData?: string[];
}

/** 我的账号, opened over the screen on show (a signed-in person's), with its switches ready. */
async function openProfile(miniProgram: MiniProgram): Promise<Page> {
  await miniProgram.navigateTo(`/${PROFILE}`);
  const profile = await onPage(miniProgram, PROFILE);
  await elementOf(profile, '.care-switch', COLD_FUNCTION_MS);
  return profile;
}

/**
 * The language chosen on 我的账号's switch, as a person does: the app re-launches 我的账号 in it
 * (src/platform/locale.ts), so the screen is re-entered afterwards by its route.
 */
async function chooseLanguage(miniProgram: MiniProgram, profile: Page, locale: 'zh-CN' | 'zh-MO' | 'pt-PT') {
  await tap(profile, `.language-switch__option--${locale}`);
  await until(`我的账号 in ${locale}`, async () => {
    const page = await miniProgram.currentPage();
    return page?.path === PROFILE && (await page.$(`.language-switch__option--${locale}.language-switch__option--on`));
  });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

/**
 * The screen on show saved and checked (screen-checks.ts) in the four variants, through the app's own
 * settings in 我的账号: 关怀模式 switched on over the mounted screen and off again (its state kept);
 * 繁體 and Português chosen on the language switch, which re-launches 我的账号, so the screen is
 * re-entered by its route (its query kept; what only the story typed is put back by `again`); last
 * 简体中文 again, the screen re-entered and left on show. The story must be in 简体中文 without 关怀模式
 * and signed in. Returns the screen as re-entered (the page below it is gone); throws on any finding
 * once the screen is back in 简体中文.
 */
export async function saveScreenVariants(
  miniProgram: MiniProgram,
  name: string,
  options: ScreenVariantsOptions,
): Promise<Page> {
  const manifest = path.join(screensSetDir(), VARIANTS_MANIFEST_DIR);
  mkdirSync(manifest, { recursive: true });
  writeFileSync(path.join(manifest, name), SCREEN_VARIANT_SUFFIXES.map((s) => `${name}${s}`).join('\n'));

  const start = await miniProgram.currentPage();
  if (!start) throw new Error(`saveScreenVariants ${name}: no page on show`);
  const query = new URLSearchParams(start.query as Record<string, string>).toString();
  const url = `/${start.path}${query ? `?${query}` : ''}`;
  const findings: string[] = [];
  const look = async (suffix: string, care: boolean) => {
    await saveScreen(miniProgram, `${name}${suffix}`);
    const found = await checkScreen(miniProgram, `${name}${suffix}`, care);
    findings.push(...found.filter((f) => !(options.personData ?? []).some((typed) => f.includes(`"${typed}"`))));
  };
  const reenter = async (): Promise<Page> => {
    await miniProgram.reLaunch(url);
    const page = await onPage(miniProgram, start.path);
    await elementOf(page, options.ready, COLD_FUNCTION_MS);
    if (options.again) await options.again(page);
    return page;
  };

  // A toast the story's last action raised (已登记, 已接管) would cover the screen in its first picture.
  await until('the toast gone', async () => (await miniProgram.evaluate(TOAST_GONE)) === true);
  await look('', false);
  let profile = await openProfile(miniProgram);
  await tap(profile, '.care-switch');
  await elementOf(profile, '.care-switch--on');
  await miniProgram.navigateBack();
  await elementOf(await onPage(miniProgram, start.path), '.qyb-care');
  await look('-care', true);

  profile = await openProfile(miniProgram);
  await tap(profile, '.care-switch');
  await until('关怀模式 off', async () => (await profile.$('.care-switch--on')) === null);
  await chooseLanguage(miniProgram, profile, 'zh-MO');
  await reenter();
  await look('-zh-MO', false);

  await chooseLanguage(miniProgram, await openProfile(miniProgram), 'pt-PT');
  await reenter();
  await look('-pt-PT', false);

  let back = await onPage(miniProgram, start.path);
  if (options.restore !== false) {
    await chooseLanguage(miniProgram, await openProfile(miniProgram), 'zh-CN');
    back = await reenter();
  }
  if (findings.length > 0) throw new Error(`screen checks of ${name}:\n${findings.join('\n')}`);
  return back;
}
