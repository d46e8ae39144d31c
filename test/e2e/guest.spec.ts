import type { ConsentStatusOutput } from '../../cloudfunctions/lib/contract/consent';
import { zhCN } from '../../src/i18n/zh-CN';
import { cloudFunction } from './support/cloud-functions';
import { tap } from './support/interact';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

describe('refusing', () => {
  story('keeps the person a guest, told what they can still do, and records no consent', async (miniProgram) => {
    const consent = cloudFunction(miniProgram, 'consent');
    const before = await consent.call<ConsentStatusOutput>('status', {});
    const page = await onPage(miniProgram, PAGES.agreement);
    await tap(page, 'button.agreement__disagree');

    const home = await onPage(miniProgram, PAGES.home);
    const notice = await elementOf(home, '.home__guest');
    expect(await (await notice.$('.home__guest-text'))?.text()).toBe(zhCN.home.guestNotice);
    for (const id of ['user-agreement', 'privacy-policy', 'sdk-list']) {
      expect(await home.$(`.home__doc--${id}`)).not.toBeNull();
    }
    // Nothing new in this person's ledger (DevTools reuses one person across runs, so compare).
    const after = await consent.call<ConsentStatusOutput>('status', {});
    if (!before.ok || !after.ok) throw new Error('consent status failed');
    expect(after.data.head.seq).toBe(before.data.head.seq);
  });

  story('can ask again with one tap, and agreeing then ends guest mode', async (miniProgram) => {
    const page = await onPage(miniProgram, PAGES.agreement);
    await tap(page, 'button.agreement__disagree');
    const home = await onPage(miniProgram, PAGES.home);

    const askAgain = await elementOf(home, '.home__guest-action');
    expect(await askAgain.text()).toBe(zhCN.home.reviewAgreement);
    await askAgain.tap();
    const again = await onPage(miniProgram, PAGES.agreement);
    expect((await miniProgram.pageStack()).map((p) => p.path)).toEqual([PAGES.home, PAGES.agreement]);

    await tap(again, '.agreement__tick');
    await tap(again, 'button.agreement__agree');
    const member = await onPage(miniProgram, PAGES.home);
    await until('the guest notice to be gone', async () => (await member.$('.home__guest')) === null);
    expect((await miniProgram.pageStack()).map((p) => p.path)).toEqual([PAGES.home]);
  });
});
