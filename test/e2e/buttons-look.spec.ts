import { readFileSync } from 'node:fs';
import path from 'node:path';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { tap } from './support/interact';
import { BINDING_TITLES } from './support/binding-titles';
import { PAGES } from './support/routes';
import { saveScreenVariants } from './support/screen-variants';
import { PERSON, registerInForm } from './support/register';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

const FEEDBACK = 'packages/feedback/pages/index/index';
/** A guest's profile: signing in (the profile itself first asks for the sensitive-data consent). */
const REGISTER = 'packages/account/pages/register/index';
const SIGN_IN = 'packages/account/pages/sign-in/index';
const PRIVACY_CENTER = 'packages/privacy/pages/center/index';

/** The field border token as the browser computes it (tokens.css holds it as #rrggbb). */
function fieldBorderColour(): string {
  const tokens = readFileSync(path.resolve(__dirname, '../../src/styles/tokens.css'), 'utf8');
  const hex = /--qyb-color-field-border:\s*#([0-9a-f]{6})/i.exec(tokens)?.[1];
  if (!hex) throw new Error('no --qyb-color-field-border in tokens.css');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** 44 CSS px, the smallest tap target (WCAG 2.5.5), less a pixel for the rounding of rem sizes. */
const MIN_TARGET_PX = 43;

/** On the agreement page with the box ticked: agree, and arrive home. */
async function agreeAndGoHome(mp: MiniProgram): Promise<void> {
  await (await elementOf(await onPage(mp, PAGES.agreement), 'button.agreement__agree')).tap();
  await onPage(mp, PAGES.home);
}

describe('buttons look like what they do', () => {
  story('after ticking, the agree button is enabled, at full opacity, in line and large enough', async (mp) => {
    const page = await onPage(mp, PAGES.agreement);
    await tap(page, '.agreement__tick');
    const agree = await elementOf(page, 'button.agreement__agree');
    await until('the agree button to be enabled', async () => (await agree.property('disabled')) !== true);
    expect(await agree.attribute('disabled')).toBeNull();
    expect(await agree.style('opacity')).toBe('1');
    const disagree = await elementOf(page, 'button.agreement__disagree');
    expect(await disagree.attribute('disabled')).toBeNull();
    const size = await agree.size();
    expect(Math.min(Number(size.width), Number(size.height))).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    // The two choices sit on one line (WeUI's `button + button` margin once pushed one down 15 px).
    expect((await agree.offset()).top).toBe((await disagree.offset()).top);
  });

  story(
    'keeps the agreement, home, privacy, profile and feedback screens for review',
    async (mp) => {
      await elementOf(await onPage(mp, PAGES.agreement), '.agreement__tick');
      const agreement = await saveScreenVariants(mp, 'agreement', { personData: [...BINDING_TITLES] });
      await (await elementOf(agreement, '.agreement__tick')).tap();
      await saveScreenVariants(mp, 'agreement-ticked', { personData: [...BINDING_TITLES] });
      await agreeAndGoHome(mp);
      // Home, the privacy center and sign-in as a guest sees them are saved in four variants by the
      // screens review (screens-review.spec.ts); here they only have to open with their controls.
      await mp.navigateTo(`/${PRIVACY_CENTER}`);
      await elementOf(await onPage(mp, PRIVACY_CENTER), 'button.privacy-center__withdraw');
      await mp.navigateTo(`/${SIGN_IN}`);
      await elementOf(await onPage(mp, SIGN_IN), 'button.sign-in__submit');
      await registerInForm(mp, { ...PERSON, accountName: 'screens_reviewer' });
      await saveScreenVariants(mp, 'profile', { personData: ['screens_reviewer'] });
      await mp.navigateTo(`/${FEEDBACK}`);
      await elementOf(await onPage(mp, FEEDBACK), 'button.feedback__submit');
      const feedback = await saveScreenVariants(mp, 'feedback-signed-in');
      expect(await feedback.$('button.feedback__submit')).not.toBeNull();
    },
    120_000,
  );

  story(
    'unselected choices on register have the field border, so they read as controls on the grey page',
    async (mp) => {
      await (await elementOf(await onPage(mp, PAGES.agreement), '.agreement__tick')).tap();
      await agreeAndGoHome(mp);
      await mp.navigateTo(`/${REGISTER}`);
      const page = await onPage(mp, REGISTER);
      await tap(page, '.register__doc-type--residence-permit');
      await elementOf(page, '.register__doc-type--residence-permit.account-form__choice--on');
      for (const type of ['resident-id', 'travel-permit', 'passport']) {
        const chip = await elementOf(page, `.register__doc-type--${type}`);
        expect(await chip.attribute('class')).not.toContain('account-form__choice--on');
        expect(await chip.style('border-top-style')).toBe('solid');
        expect(parseFloat(await chip.style('border-top-width'))).toBeGreaterThan(0);
        expect(await chip.style('border-top-color')).toBe(fieldBorderColour());
      }
      await saveScreenVariants(mp, 'register-choices');
    },
  );
});
