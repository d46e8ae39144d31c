import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { Secret, TOTP } from 'otpauth';
import { simplifiedLeaks } from '../../scripts/i18n/simplified-leaks';
import { zhMOStaffFactor as tf } from '../../src/i18n/zh-MO-staff-factor';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall, signIn } from './support/register';
import { adminIn, personIn, storyCloud, withCheckDigit } from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, onPageWith } from './support/wait';

const PAGES = {
  desk: 'packages/staff/pages/desk/index',
  factor: 'packages/staff/pages/factor/index',
  privacy: 'packages/staff/pages/privacy-requests/index',
  profile: 'packages/account/pages/profile/index',
} as const;
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
const STAFF = { ...PERSON, accountName: 'factor_staff' };
const STEP_MS = 30_000;

/**
 * The test is the staff member's authenticator app: the code of the earliest time step after the
 * last one used (each code works once), waiting for that step when it is more than one step ahead
 * (the server accepts ±1 step).
 */
async function codeAfter(secret: string, usedStep: number | null): Promise<{ code: string; step: number }> {
  const current = Math.floor(Date.now() / STEP_MS);
  const step = usedStep === null ? current : Math.max(current, usedStep + 1);
  const waitMs = (step - 1) * STEP_MS - Date.now() + 1_000;
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return { code: totp.generate({ timestamp: step * STEP_MS + 1_000 }), step };
}

/**
 * The screen saved in its four variants (which ends in 简体 without 关怀模式), then back to the story's
 * 关怀模式 and Traditional Chinese (Macao), switched in place as 我的's switches do (src/platform/e2e-hooks.ts).
 */
async function saveAndReturn(miniProgram: MiniProgram, name: string, path: string): Promise<Page> {
  await saveScreenVariants(miniProgram, name, { personData: [STAFF.accountName] });
  await miniProgram.evaluate(`function (c) { window.__qybAutomator.choosePreferences(c); }`, {
    locale: 'zh-MO',
    care: true,
  });
  return onPageWith(miniProgram, path, '.qyb-care');
}

/** Simplified characters left in a part of the screen that should read in Traditional Chinese. */
async function leaksIn(page: Page, selector: string): Promise<string[]> {
  return simplifiedLeaks(await textOf(page, selector)).map((leak) => `${selector}: ${leak}`);
}

describe('the staff second factor (issue 15)', () => {
  story(
    'a staff member sets up the authenticator, signs in with its code, and sees an ID number in full only after a fresh code',
    async (miniProgram) => {
      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      await registerByCall(miniProgram, STAFF);
      const cloud = await storyCloud(miniProgram);
      const admin = await adminIn(cloud, 'factor');
      await admin.grant(STAFF.accountName, ['staff']);
      // A resident asks to correct their document: the request the staff member opens.
      const resident = personIn(cloud, 'oFactorResident0000000000001');
      // A name without '_': the screen check reads snake_case as an identifier, and staff see account names.
      await resident.register('factorresident', 412);
      const proposed = withCheckDigit('82000019900101413');
      await resident.call('privacy', 'file', {
        kind: 'correction',
        password: 'Hengqin-2026',
        proposed: { document: { type: 'residence-permit', number: proposed } },
        reason: '证件已换发，号码有误',
      });

      // 关怀模式 and Traditional Chinese (Macao) for the whole story, both switched on the profile:
      // the screens at their largest and in the longer of the two scripts.
      await miniProgram.reLaunch(`/${PAGES.profile}`);
      const start = await onPage(miniProgram, PAGES.profile);
      await tap(start, '.care-switch');
      await elementOf(start, '.qyb-care');
      await tap(start, '.language-switch__option--zh-MO');
      await onPageWith(
        miniProgram,
        PAGES.profile,
        '.qyb-care .language-switch__option--zh-MO.language-switch__option--on',
      );
      const leaks: string[] = [];

      // The desk says the factor is missing and leads to the 二次验证 page.
      await miniProgram.navigateTo(`/${PAGES.desk}`);
      const desk = await onPage(miniProgram, PAGES.desk);
      expect(await textOf(desk, '.desk__factor--missing')).toBe(tf.deskEnrol);
      await tap(desk, '.desk__factor');
      const factor = await onPage(miniProgram, PAGES.factor);
      expect(await textOf(factor, '.staff-factor__not-enrolled')).toBe(tf.notEnrolled);
      await tap(factor, 'button.staff-factor__start');

      // The key on screen, in groups of four, is what the authenticator app is given.
      const shown = await textOf(factor, '.staff-factor__secret');
      expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
      const secret = shown.replace(/\s/g, '');
      expect(await factor.$('button.staff-factor__copy-uri')).not.toBeNull();
      leaks.push(...(await leaksIn(factor, '.staff-factor__enrol')));
      await saveAndReturn(miniProgram, 'staff-factor-enrol', PAGES.factor);

      const enrol = await codeAfter(secret, null);
      await type(factor, 'input.staff-factor__code', enrol.code);
      await tap(factor, 'button.staff-factor__confirm');
      expect(await (await elementOf(factor, '.staff-factor__enrolled', COLD_FUNCTION_MS)).text()).toBe(tf.enrolled);
      leaks.push(...(await leaksIn(factor, '.staff-factor')));
      await saveAndReturn(miniProgram, 'staff-factor-enrolled', PAGES.factor);

      // Signing in again asks for a code after the password.
      await miniProgram.reLaunch(`/${PAGES.profile}`);
      const profile = await onPage(miniProgram, PAGES.profile);
      await tap(profile, 'button.profile__sign-out');
      await elementOf(profile, '.profile__signed-out');
      await tap(profile, 'button.profile__to-sign-in');
      const signInPage = await signIn(miniProgram, STAFF);
      expect(await textOf(signInPage, '.sign-in__code-intro')).toBe(tf.signInCodeIntro);
      await saveAndReturn(miniProgram, 'staff-factor-sign-in', signInPage.path);
      const atSignIn = await codeAfter(secret, enrol.step);
      await type(signInPage, 'input.sign-in__totp', atSignIn.code);
      await tap(signInPage, 'button.sign-in__submit');
      await onPage(miniProgram, PAGES.profile, COLD_FUNCTION_MS);

      // The reveal is refused without a fresh code: the prompt asks, the number stays masked.
      await miniProgram.navigateTo(`/${PAGES.privacy}`);
      const privacy = await onPage(miniProgram, PAGES.privacy);
      await tap(privacy, '.staff-privacy__item');
      const masked = await textOf(privacy, '.staff-privacy__proposed-document');
      expect(masked).toContain('*');
      await tap(privacy, '.staff-privacy__reveal');
      await elementOf(privacy, '.factor-prompt', COLD_FUNCTION_MS);
      expect(await privacy.$('.staff-privacy__revealed')).toBeNull();
      // The prompt only: the request above it holds the resident's own (Simplified) words.
      leaks.push(...(await leaksIn(privacy, '.factor-prompt')));
      await saveAndReturn(miniProgram, 'staff-factor-step-up', PAGES.privacy);

      const stepUp = await codeAfter(secret, atSignIn.step);
      await type(privacy, 'input.factor-prompt__code', stepUp.code);
      await tap(privacy, 'button.factor-prompt__verify');
      await elementOf(privacy, '.staff-privacy__revealed', COLD_FUNCTION_MS);
      expect(await textOf(privacy, '.staff-privacy__proposed-document')).toContain(proposed);
      expect(await privacy.$('.factor-prompt')).toBeNull();
      expect(leaks).toEqual([]);
      await saveScreenVariants(miniProgram, 'staff-factor-revealed', { personData: [STAFF.accountName, proposed] });
    },
    300_000,
  );
});
