import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { PAGES } from './routes';
import { checkScreen } from './screen-checks';
import { saveScreenVariants } from './screen-variants';
import { saveScreen } from './screens';
import { COLD_FUNCTION_MS, elementOf, onPage, onPageWith } from './wait';

/**
 * The screens review (issue 20): every screen a guest who agreed reaches without an account.
 * reviewGuestScreens saves each in the four variants in place (screen-variants.ts: 简体, 关怀模式,
 * 繁體（澳門）, Português) as <name>, <name>-care…; reviewVariant runs the whole list once more in
 * another language from a fresh start (English: longer words), saved as <variant>-<name>.png, in the
 * same row of the contact sheet. Both check
 * for codes, faded enabled buttons, small targets and serious axe violations.
 */
export type ReviewVariant = 'zh-CN' | 'care' | 'zh-MO' | 'en';

/** Screens a guest who agreed reaches without an account, each with an element that says it is ready. */
export const REVIEW_SCREENS: { name: string; path: string; ready: string }[] = [
  { name: 'home', path: PAGES.home, ready: '.care-switch' },
  { name: 'privacy-center', path: 'packages/privacy/pages/center/index', ready: '.privacy-center__title' },
  { name: 'permissions', path: 'packages/privacy/pages/permissions/index', ready: '.permissions-page__intro' },
  { name: 'region', path: 'packages/privacy/pages/region/index', ready: '.region-page' },
  { name: 'sign-in', path: 'packages/account/pages/sign-in/index', ready: '.sign-in' },
  { name: 'register', path: 'packages/account/pages/register/index', ready: '.register' },
  { name: 'feedback', path: 'packages/feedback/pages/index/index', ready: '.feedback' },
  // The report form in the one field style: label, bordered field, placeholder (issue 20).
  { name: 'report', path: 'packages/feedback/pages/report/index', ready: '.report__target' },
  { name: 'inbox', path: 'packages/inbox/pages/list/index', ready: '.inbox' },
  // Where an outside platform's sign-in ends (关联账号), reached here without a hand-over: why, and where to go.
  {
    name: 'linked-callback',
    path: 'packages/account/pages/linked-callback/index',
    ready: 'button.linked-callback__to-sign-in',
  },
];

/** Every screen of the list: saved and checked; returns the findings. */
async function visitAll(mp: MiniProgram, variant: ReviewVariant): Promise<string[]> {
  const findings: string[] = [];
  for (const screen of REVIEW_SCREENS) {
    await mp.reLaunch(`/${screen.path}`);
    await elementOf(await onPage(mp, screen.path), screen.ready);
    await saveScreen(mp, `${variant}-${screen.name}`);
    findings.push(...(await checkScreen(mp, `${variant}/${screen.name}`, variant === 'care')));
  }
  return findings;
}

/**
 * One variant from a fresh start: the agreement (checked in Simplified Chinese, the launch
 * language), agreed, the variant switched on from home, then every screen. Returns the findings.
 */
export async function reviewVariant(mp: MiniProgram, variant: ReviewVariant): Promise<string[]> {
  const findings: string[] = [];
  const agreement = await onPage(mp, PAGES.agreement);
  if (variant === 'zh-CN') {
    await saveScreen(mp, 'zh-CN-agreement');
    findings.push(...(await checkScreen(mp, 'zh-CN/agreement', false)));
  }
  await (await elementOf(agreement, '.agreement__tick')).tap();
  await (await elementOf(agreement, 'button.agreement__agree')).tap();
  // Agreeing records the consent through a function that may start cold (variants run side by side).
  const home = await onPage(mp, PAGES.home, COLD_FUNCTION_MS);
  if (variant === 'care') await (await elementOf(home, '.care-switch')).tap();
  if (variant === 'zh-MO' || variant === 'en') {
    await (await elementOf(home, `.language-switch__option--${variant}`)).tap();
    await onPageWith(mp, PAGES.home, `.language-switch__option--${variant}.language-switch__option--on`);
  }
  findings.push(...(await visitAll(mp, variant)));
  return findings;
}

/**
 * From a fresh start: the agreement saved in Simplified Chinese (the launch language) and checked,
 * agreed, then every screen of the list saved and checked in the four variants. Throws on a finding.
 */
export async function reviewGuestScreens(mp: MiniProgram): Promise<string[]> {
  const agreement = await onPage(mp, PAGES.agreement);
  await saveScreen(mp, 'zh-CN-agreement');
  const findings = await checkScreen(mp, 'zh-CN/agreement', false);
  await (await elementOf(agreement, '.agreement__tick')).tap();
  await (await elementOf(agreement, 'button.agreement__agree')).tap();
  await onPage(mp, PAGES.home, COLD_FUNCTION_MS);
  for (const screen of REVIEW_SCREENS) {
    await mp.reLaunch(`/${screen.path}`);
    await elementOf(await onPage(mp, screen.path), screen.ready);
    await saveScreenVariants(mp, screen.name);
  }
  return findings;
}
