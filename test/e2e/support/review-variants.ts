import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { tap } from './interact';
import { PAGES } from './routes';
import { COLD_FUNCTION_MS, elementOf, onPage, onPageWith, until } from './wait';

/** The variants a changed screen is saved in for review (issue 20): as it comes, 关怀模式, Traditional. */
export const REVIEW_VARIANTS = ['zh-CN', 'care', 'zh-MO'] as const;
export type ReviewVariant = (typeof REVIEW_VARIANTS)[number];

/**
 * From the variant before it in REVIEW_VARIANTS to `variant`, through home's own switches as a person
 * would: 关怀模式 on; then off again (the language switch is hidden in 关怀模式) and 繁體 (zh-MO).
 */
export async function switchToVariant(miniProgram: MiniProgram, variant: ReviewVariant): Promise<void> {
  if (variant === 'zh-CN') return;
  await openHome(miniProgram);
  await tap(await onPage(miniProgram, PAGES.home), '.care-switch');
  if (variant === 'care') return;
  const home = await onPage(miniProgram, PAGES.home);
  await tap(home, '.care-switch');
  await tap(home, '.language-switch__option--zh-MO');
  await onPageWith(miniProgram, PAGES.home, '.language-switch__option--zh-MO.language-switch__option--on');
}

/**
 * Home, agreeing first where this device has not (a person registered through the functions agreed
 * in the cloud, not in this app's launch gate, so home sends them to the agreement).
 */
export async function openHome(miniProgram: MiniProgram): Promise<void> {
  await miniProgram.reLaunch(`/${PAGES.home}`);
  const landed = await until('home or the agreement', async () => {
    const page = await miniProgram.currentPage();
    if (page?.path === PAGES.agreement && (await page.$('.agreement__tick'))) return page;
    return page?.path === PAGES.home && (await page.$('.care-switch')) ? page : null;
  });
  if (landed.path !== PAGES.agreement) return;
  await (await elementOf(landed, '.agreement__tick')).tap();
  await (await elementOf(landed, 'button.agreement__agree')).tap();
  await elementOf(await onPage(miniProgram, PAGES.home, COLD_FUNCTION_MS), '.care-switch');
}

/** The languages the catalog's own texts are reviewed in beyond REVIEW_VARIANTS, one with 关怀模式 on. */
export const CATALOG_LANGUAGE_VARIANTS = [
  { name: 'en', locale: 'en', care: false },
  { name: 'pt-PT', locale: 'pt-PT', care: false },
  { name: 'care-pt-PT', locale: 'pt-PT', care: true },
] as const;

/** Home's switches as a person uses them: 关怀模式 off, the language, then 关怀模式 on if asked. */
export async function switchLanguage(miniProgram: MiniProgram, locale: 'en' | 'pt-PT', care: boolean): Promise<void> {
  await openHome(miniProgram);
  const home = await onPage(miniProgram, PAGES.home);
  if (await home.$('.care-switch--on')) await tap(home, '.care-switch');
  await tap(home, `.language-switch__option--${locale}`);
  const again = await onPageWith(
    miniProgram,
    PAGES.home,
    `.language-switch__option--${locale}.language-switch__option--on`,
  );
  if (care) await tap(again, '.care-switch');
}
