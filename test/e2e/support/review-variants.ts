import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { tap } from './interact';
import { PAGES } from './routes';
import { elementOf, onPage } from './wait';

/** The variants a changed screen is saved in for review (issue 20): as it comes, 关怀模式, Traditional. */
export const REVIEW_VARIANTS = ['zh-CN', 'care', 'zh-MO'] as const;
export type ReviewVariant = (typeof REVIEW_VARIANTS)[number];

/**
 * From the variant before it in REVIEW_VARIANTS to `variant`, through home's own switches as a person
 * would: 关怀模式 on; then off again (the language switch is hidden in 关怀模式) and 繁體 (zh-MO).
 */
export async function switchToVariant(miniProgram: MiniProgram, variant: ReviewVariant): Promise<void> {
  if (variant === 'zh-CN') return;
  await miniProgram.reLaunch(`/${PAGES.home}`);
  await tap(await onPage(miniProgram, PAGES.home), '.care-switch');
  if (variant === 'care') return;
  const home = await onPage(miniProgram, PAGES.home);
  await tap(home, '.care-switch');
  await tap(home, '.language-switch__option--zh-MO');
  await elementOf(await onPage(miniProgram, PAGES.home), '.care-switch');
}
