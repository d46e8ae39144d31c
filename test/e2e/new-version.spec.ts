import type Element from 'miniprogram-automator/out/Element';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { ConsentStatusOutput } from '../../cloudfunctions/lib/contract/consent';
import type { PublishOutput } from '../../cloudfunctions/lib/contract/policy';
import { shanghaiDate } from '../../cloudfunctions/lib/contract/shanghai-date';
import { calendarDay } from '../../src/i18n/beijing-time';
import { zhCN } from '../../src/i18n/zh-CN';
import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import fixtureManifest from '../fixtures/policies/manifest.json';
import { cloudFunction } from './support/cloud-functions';
import { tap, textOf } from './support/interact';
import { PAGES } from './support/routes';
import { staffDesk } from './support/staff-desk';
import { registerByCall } from './support/register';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

const PROFILE = 'packages/account/pages/profile/index';
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/** The second agreement version the e2e build ships as a test fixture (test/fixtures/policies). */
const [V2] = fixtureManifest;
if (!V2) throw new Error('test/fixtures/policies/manifest.json lists no version');

async function agreeOnLaunch(miniProgram: MiniProgram): Promise<Page> {
  const page = await onPage(miniProgram, PAGES.agreement);
  await tap(page, '.agreement__tick');
  await tap(page, 'button.agreement__agree');
  return onPage(miniProgram, PAGES.home, COLD_FUNCTION_MS);
}

/** Staff publish the second agreement version, in force from `effective` (a day, Asia/Shanghai). */
async function publishV2(miniProgram: MiniProgram, effective: string): Promise<PublishOutput> {
  const desk = await staffDesk(miniProgram);
  const input = { documentId: V2.id, version: V2.version, sha256: V2.sha256, effective };
  const published = await desk.call<PublishOutput>('policy', 'publish', input);
  if (!published.ok) throw new Error(`publish failed: ${published.error.code}`);
  return published.data;
}

/**
 * The next launch: the app starts again from home, which asks the cloud what is in force. The
 * agreement may open first because a call of home's was refused (CONSENT.REQUIRED) before home's own
 * question was answered; it then shows what changed once its own question is.
 */
async function nextLaunch(miniProgram: MiniProgram): Promise<Page> {
  await miniProgram.reLaunch(`/${PAGES.home}`);
  const page = await onPage(miniProgram, PAGES.agreement, COLD_FUNCTION_MS);
  await until(
    'the agreement to say it is asked again',
    async () => (await textOf(page, '.agreement__intro')) === zhCN.consent.reconsentIntro,
  );
  return page;
}

describe('a new agreement version', () => {
  story(
    'published by staff is shown on the next launch with what changed, and agreed to again',
    async (miniProgram) => {
      await agreeOnLaunch(miniProgram);
      const published = await publishV2(miniProgram, shanghaiDate(Date.now()));
      expect(published.inEffect).toBe(true);

      const page = await nextLaunch(miniProgram);
      expect(await textOf(page, '.agreement__intro')).toBe(zhCN.consent.reconsentIntro);
      const changes = await elementOf(page, '.policy-changes__doc--user-agreement');
      expect(await changes.text()).toContain(V2.changeSummary);
      const clauses: Element[] = await page.$$('.policy-changes__clause');
      expect(clauses.length).toBeGreaterThan(0);
      expect((await Promise.all(clauses.map((c) => c.text()))).join('\n')).toContain('10.4');
      expect(await page.$('.policy-changes__doc--privacy-policy')).toBeNull();
      expect(await textOf(page, '.agreement__version')).toContain(V2.version);

      await tap(page, '.agreement__tick');
      await tap(page, 'button.agreement__agree');
      const home = await onPage(miniProgram, PAGES.home, COLD_FUNCTION_MS);
      expect(await home.$('.home__guest')).toBeNull();

      const status = await cloudFunction(miniProgram, 'consent').call<ConsentStatusOutput>('status', {});
      if (!status.ok) throw new Error('consent status failed');
      expect(status.data.accepted).toBe(true);
      expect(status.data.documents.find((d) => d.id === 'user-agreement')).toMatchObject({
        state: 'granted',
        grantedVersion: V2.version,
      });
    },
  );

  story('refused by a registered person offers to close the account', async (miniProgram) => {
    await agreeOnLaunch(miniProgram);
    // The build's own versions are the ones in force until something is published.
    await registerByCall(miniProgram);
    await publishV2(miniProgram, shanghaiDate(Date.now()));

    const page = await nextLaunch(miniProgram);
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    try {
      await tap(page, 'button.agreement__disagree');
      const profile = await onPage(miniProgram, PROFILE, COLD_FUNCTION_MS);
      expect(await textOf(profile, 'button.profile__cancel-submit')).toBe(zhCNPackages.account.cancelSubmit);
    } finally {
      await miniProgram.restoreWxMethod('showModal');
    }
    expect(await miniProgram.callWxMethod('getStorageSync', 'consent.accepted')).toBeFalsy();
  });

  story('published for later is announced on the home page, guests included', async (miniProgram) => {
    const gate = await onPage(miniProgram, PAGES.agreement);
    await tap(gate, 'button.agreement__disagree');
    await onPage(miniProgram, PAGES.home);
    const tomorrow = shanghaiDate(Date.now() + 86_400_000);
    const published = await publishV2(miniProgram, tomorrow);
    expect(published.inEffect).toBe(false);

    await miniProgram.reLaunch(`/${PAGES.home}`);
    const home = await onPage(miniProgram, PAGES.home);
    const notice = await until('the upcoming notice', () => home.$('.home__upcoming--user-agreement'));
    expect(await notice.text()).toContain(calendarDay(tomorrow));
    expect(await notice.text()).toContain(V2.changeSummary);
  });
});
