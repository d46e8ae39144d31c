import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import { zhCNReports } from '../../src/i18n/zh-CN-reports';
import { zhCNSessions } from '../../src/i18n/zh-CN-sessions';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { sdkAt } from '../support/local-cloud';
import { cloudFunction } from './support/cloud-functions';
import { tap, textOf, texts, type } from './support/interact';
import { PERSON, registerInForm, signIn } from './support/register';
import { PAGES } from './support/routes';
import { personIn, storyCloud } from './support/same-cloud';
import { holdInView } from './support/hold-in-view';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { onPage, until } from './support/wait';
import { COLLECTIONS } from '../../config/cloud/collections';
import { setRoles } from '../support/set-roles';

const PROFILE = 'packages/account/pages/profile/index';
const SIGN_IN = 'packages/account/pages/sign-in/index';
const FACE = 'packages/account/pages/face/index';
const REPORT = 'packages/feedback/pages/report/index';
const STAFF_ACCOUNTS = 'packages/staff/pages/accounts/index';
const CONTACT = '+853 6612 3456';
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/** From sign-in, signed out: 我的账号被盗 opens the report form chosen for it, filled in for stolen_owner. */
async function stolenReportForm(mp: MiniProgram): Promise<Page> {
  await mp.navigateTo(`/${SIGN_IN}`);
  await tap(await onPage(mp, SIGN_IN), '.sign-in__to-stolen-report');
  const report = await onPage(mp, REPORT);
  expect(await textOf(report, '.report__stolen.svc__choice--on')).toBe(zhCNReports.entry.stolen);
  await type(report, 'input.report__target', 'stolen_owner');
  await type(report, 'input.report__contact', CONTACT);
  return report;
}

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
      // The list sits below the profile's fields: scroll to it, so each picture shows what is tested.
      const release = await holdInView(mp, '.my-sessions');
      // In 关怀模式 too the list and its buttons pass the same checks as every screen. The account name
      // itself (chan_tai_man) reads as a code to the scan: the person's own data, not ours.
      await saveScreenVariants(mp, 'sessions-two', { personData: [PERSON.accountName] });
      await release();

      await tap(profile, 'button.my-sessions__end');
      await until('the other sign-in ended', async () => (await profile.$$('.my-sessions__item')).length === 1);
      expect(await profile.$('.my-sessions__item--current')).not.toBeNull();
      expect(await textOf(profile, '.my-sessions__none')).toBe(zhCNSessions.none);

      await tap(profile, 'button.my-sessions__freeze');
      expect(await textOf(profile, '.profile__signed-out')).toBe(zhCNSessions.frozen);
      await saveScreenVariants(mp, 'sessions-frozen');
      await tap(profile, 'button.profile__to-sign-in');

      const page = await signIn(mp, PERSON, PERSON.password);
      expect(await textOf(page, '.sign-in__error--account-frozen')).toContain('冻结');
      await onPage(mp, SIGN_IN);

      // The way back: face verification from this (the bound) WeChat, with its own purpose.
      await tap(page, '.sign-in__to-unfreeze');
      const face = await onPage(mp, FACE);
      expect(await textOf(face, '.face--unfreeze .account-form__title')).toBe(
        zhCNPackages.account.face.titles.unfreeze,
      );
      await saveScreenVariants(mp, 'unfreeze-face');
    },
    300_000,
  );

  story(
    'the owner, signed out on a new WeChat, reports 我的账号被盗; staff freeze it from the accounts screen',
    async (mp) => {
      await mp.mockWxMethod('showModal', CONFIRM_MODAL);
      const cloud = await storyCloud(mp);
      // The stolen account, bound to the owner's old WeChat (now in someone else's hands).
      const owner = personIn(cloud, 'oStolenOwnerOldPhone00000001');
      await owner.register('stolen_owner', 911);

      // The owner's new WeChat (this mini-program), signed out: a guest must leave a contact.
      const agreement = await onPage(mp, PAGES.agreement);
      await tap(agreement, '.agreement__tick');
      await tap(agreement, 'button.agreement__agree');
      await onPage(mp, PAGES.home);
      const report = await stolenReportForm(mp);
      // In 关怀模式 too, the same form and the same checks as every screen; what the owner typed is theirs.
      await saveScreenVariants(mp, 'stolen-report-form', { personData: ['stolen_owner', CONTACT] });
      await tap(report, 'button.report__submit');
      await until('the report sent', async () => (await report.$('.report__sent')) !== null);
      expect(await textOf(report, '.report__sent')).toBe(zhCNReports.entry.stolenSent);

      // Staff work the accounts screen in the same browser: an account of its own (a guest's report
      // has no reporter account, so separation of duties lets it decide), given the role from the console.
      await registerInForm(mp);
      const db = sdkAt(cloud.serviceUrl, { env: cloud.env }).database();
      await setRoles(db, PERSON.accountName, ['user', 'staff']);
      await mp.navigateTo(`/${STAFF_ACCOUNTS}`);
      const staff = await onPage(mp, STAFF_ACCOUNTS);
      await until('the stolen report listed', async () => (await staff.$('.stolen-reports__item')) !== null);
      expect(await textOf(staff, '.stolen-reports__account')).toBe('stolen_owner');
      // Staff call a guest reporter back on the contact they left (opened for staff, audited).
      expect(await textOf(staff, '.stolen-reports__contact')).toBe(CONTACT);
      // The reported account name reads as a code to the scan: the account's own data, which staff must see.
      await saveScreenVariants(mp, 'staff-stolen-reports', { personData: ['stolen_owner', CONTACT] });
      await tap(staff, 'button.stolen-reports__freeze');
      await until('the report handled', async () => (await staff.$('.stolen-reports__empty')) !== null);

      await expect(
        owner.call('account', 'signIn', { accountName: 'stolen_owner', password: 'Hengqin-2026' }),
      ).rejects.toThrow('ACCOUNT.FROZEN');
      // The account's inbox is told why it is frozen and how to unfreeze it; the guest has no inbox.
      const told = (await db
        .collection(COLLECTIONS.messages)
        .where({ kind: 'account.status.frozen' })
        .get()) as unknown as {
        data: { body: string }[];
      };
      expect(told.data).toHaveLength(1);
      expect(told.data[0]?.body).toContain('人脸核验');
      const decided = (await db
        .collection(COLLECTIONS.messages)
        .where({ kind: 'report.decided' })
        .get()) as unknown as {
        data: unknown[];
      };
      expect(decided.data).toEqual([]);
    },
    300_000,
  );
});
