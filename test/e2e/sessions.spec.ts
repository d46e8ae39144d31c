import { zhCNSessions } from '../../src/i18n/zh-CN-sessions';
import { cloudFunction } from './support/cloud-functions';
import { tap, textOf, texts } from './support/interact';
import { PERSON, registerInForm, signIn } from './support/register';
import { checkScreen } from './support/screen-checks';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

const PROFILE = 'packages/account/pages/profile/index';
const SIGN_IN = 'packages/account/pages/sign-in/index';
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

describe('my sessions and a stolen account (issue 15)', () => {
  story(
    'a person sees two sign-ins, ends the other one, then freezes the account as stolen and sign-in is refused',
    async (mp) => {
      await mp.mockWxMethod('showModal', CONFIRM_MODAL);
      await registerInForm(mp);
      // The same WeChat on a second device: signed in there, as that device's app would.
      const elsewhere = await cloudFunction(mp, 'account').call('signIn', {
        accountName: PERSON.accountName,
        password: PERSON.password,
        device: { model: 'Windows PC', platform: 'windows' },
      });
      expect(elsewhere.ok).toBe(true);

      await mp.reLaunch(`/${PROFILE}`);
      const profile = await onPage(mp, PROFILE);
      await until('both sign-ins listed', async () => (await profile.$$('.my-sessions__item')).length === 2);
      const devices = await texts(profile, '.my-sessions__device');
      expect(devices[0]).toBe('Windows PC · windows');
      expect(await textOf(profile, '.my-sessions__item--current .my-sessions__current')).toBe(zhCNSessions.current);
      expect(await textOf(profile, '.my-sessions__item')).toMatch(/登录于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
      await saveScreen(mp, 'sessions-two');

      // 关怀模式 at phone size: the list and its buttons pass the same checks as every screen.
      await tap(profile, '.care-switch');
      await elementOf(profile, '.my-sessions__item');
      await saveScreen(mp, 'sessions-two-care');
      // The account name itself (chan_tai_man) reads as a code to the scan: the person's own data, not ours.
      const findings = await checkScreen(mp, 'care/profile-sessions', true);
      expect(findings.filter((finding) => !finding.includes('"chan_tai_man" in profile__value'))).toEqual([]);
      await tap(profile, '.care-switch');

      await tap(profile, 'button.my-sessions__end');
      await until('the other sign-in ended', async () => (await profile.$$('.my-sessions__item')).length === 1);
      expect(await profile.$('.my-sessions__item--current')).not.toBeNull();
      expect(await textOf(profile, '.my-sessions__none')).toBe(zhCNSessions.none);

      await tap(profile, 'button.my-sessions__freeze');
      expect(await textOf(profile, '.profile__signed-out')).toBe(zhCNSessions.frozen);
      await saveScreen(mp, 'sessions-frozen');
      await tap(profile, 'button.profile__to-sign-in');

      const page = await signIn(mp, PERSON, PERSON.password);
      expect(await textOf(page, '.sign-in__error--account-frozen')).toContain('冻结');
      await onPage(mp, SIGN_IN);
    },
    300_000,
  );
});
