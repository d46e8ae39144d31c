import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { Locale } from '../../../src/i18n/locale';
import { leftInSimplified } from './left-in-simplified';
import { checkScreen } from './screen-checks';
import { saveScreen, screensSetDir } from './screens';
import { TOP_PAGE } from './top-page';
import { until } from './wait';

/**
 * The four variants every screen is reviewed in (issue 20): as it comes (简体), 关怀模式, 繁體（澳門）
 * and a foreign language. saveScreenVariants names them `<name>`, `<name>-care`, `<name>-zh-MO`,
 * `<name>-pt-PT` (contact-sheet.ts groups them in one row).
 */
export const SCREEN_VARIANT_SUFFIXES = ['', '-care', '-zh-MO', '-pt-PT'] as const;

/** Where saveScreenVariants notes each screen it saves: the e2e teardown fails on one left short. */
export const VARIANTS_MANIFEST_DIR = '.variants';

/** Taro H5 hides a toast with display: none once its time is up. */
const TOAST_GONE = `function () { const t = document.querySelector('.taro__toast'); return !t || t.style.display === 'none'; }`;

/**
 * The switches of 我的 (src/platform/e2e-hooks.ts choosePreferences: the calls the switches make),
 * then two frames: the pages render again synchronously and the next frame paints them. Returns
 * the language and mode the page root then shows, to be checked by the caller.
 */
const CHOOSE = `function (choice) {
  window.__qybAutomator.choosePreferences(choice);
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    resolve({ care: Boolean(${TOP_PAGE}.querySelector('.qyb-care')) });
  })));
}`;

/**
 * 关怀模式 and the language of each picture; the last restores 简体中文 without 关怀模式. pt-PT in
 * 关怀模式 (the longest words in the largest type) is checked but not saved: the contact sheet keeps
 * its four columns.
 */
const STEPS: {
  suffix: (typeof SCREEN_VARIANT_SUFFIXES)[number] | '-pt-PT-care';
  saved: boolean;
  care: boolean;
  locale: Locale;
}[] = [
  { suffix: '', saved: true, care: false, locale: 'zh-CN' },
  { suffix: '-care', saved: true, care: true, locale: 'zh-CN' },
  { suffix: '-zh-MO', saved: true, care: false, locale: 'zh-MO' },
  { suffix: '-pt-PT', saved: true, care: false, locale: 'pt-PT' },
  { suffix: '-pt-PT-care', saved: false, care: true, locale: 'pt-PT' },
];

export interface ScreenVariantsOptions {
  /** What the person typed themselves (their account name, document number): read as codes by the scan, but theirs. */
  personData?: string[];
}

/**
 * The screen on show saved and checked (screen-checks.ts) in the four variants, and checked in
 * pt-PT with 关怀模式, in place: 关怀模式 and the language are switched as 我的's switches do it,
 * so every page of the stack renders again with its state (what the story typed, a dialog's
 * outcome, a result only one tap could reach), and nothing is re-entered. Leaves the screen in 简体中文 without 关怀模式, as the story must start it
 * (signed in or not). Returns the screen on show; throws on any finding once it is back.
 */
export async function saveScreenVariants(
  miniProgram: MiniProgram,
  name: string,
  options: ScreenVariantsOptions = {},
): Promise<Page> {
  const manifest = path.join(screensSetDir(), VARIANTS_MANIFEST_DIR);
  mkdirSync(manifest, { recursive: true });
  writeFileSync(path.join(manifest, name), SCREEN_VARIANT_SUFFIXES.map((s) => `${name}${s}`).join('\n'));

  const findings: string[] = [];
  // A toast the story's last action raised (已登记, 已接管) would cover the screen in its first picture.
  await until('the toast gone', async () => (await miniProgram.evaluate(TOAST_GONE)) === true);
  try {
    for (const step of STEPS) {
      const shown = (await miniProgram.evaluate(CHOOSE, { locale: step.locale, care: step.care })) as { care: boolean };
      if (shown.care !== step.care)
        throw new Error(`saveScreenVariants ${name}: 关怀模式 ${step.care ? 'not on' : 'still on'}`);
      if (step.saved) await saveScreen(miniProgram, `${name}${step.suffix}`);
      const found = await checkScreen(miniProgram, `${name}${step.suffix}`, step.care);
      if (step.locale === 'pt-PT') found.push(...(await leftInSimplified(miniProgram, `${name}${step.suffix}`)));
      findings.push(...found.filter((f) => !(options.personData ?? []).some((typed) => f.includes(`"${typed}"`))));
    }
  } finally {
    await miniProgram.evaluate(CHOOSE, { locale: 'zh-CN', care: false });
  }
  if (findings.length > 0) throw new Error(`screen checks of ${name}:\n${findings.join('\n')}`);
  const page = await miniProgram.currentPage();
  if (!page) throw new Error(`saveScreenVariants ${name}: no page on show`);
  return page;
}
