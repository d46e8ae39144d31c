import type { ConsentStatusOutput } from '../../cloudfunctions/lib/contract/consent';
import { zhCN } from '../../src/i18n/zh-CN';
import { cloudFunction } from './support/cloud-functions';
import { tap, textOf } from './support/interact';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

describe('agreeing', () => {
  story('needs the tick, then leads home as a member', async (miniProgram) => {
    const page = await onPage(miniProgram, PAGES.agreement);
    const agree = await elementOf(page, 'button.agreement__agree');

    await agree.tap();
    expect((await miniProgram.currentPage())?.path).toBe(PAGES.agreement);
    expect(await miniProgram.callWxMethod('getStorageSync', 'consent.accepted')).toBeFalsy();

    const tick = await elementOf(page, '.agreement__tick');
    await tick.tap();
    await until('the tick to be checked', async () => (await tick.attribute('aria-checked')) === 'true');
    // Not disabled: no property and, above all, no `disabled` attribute (`[disabled]` styles it).
    expect(await agree.property('disabled')).toBeFalsy();
    expect(await agree.attribute('disabled')).toBeNull();
    expect(await agree.text()).toBe(zhCN.agreement.agree);

    await agree.tap();
    const home = await onPage(miniProgram, PAGES.home);
    expect(await textOf(home, '.home__welcome')).toBe(zhCN.home.welcome);
    expect(await home.$('.home__guest')).toBeNull();
    const ledger = await cloudFunction(miniProgram, 'consent').call<ConsentStatusOutput>('status', {});
    expect(ledger).toMatchObject({ ok: true, data: { accepted: true } });
  });

  story('is remembered: the next launch goes straight home', async (miniProgram) => {
    const page = await onPage(miniProgram, PAGES.agreement);
    await tap(page, '.agreement__tick');
    await tap(page, 'button.agreement__agree');
    await onPage(miniProgram, PAGES.home);

    const relaunched = await miniProgram.reLaunch(`/${PAGES.home}`);
    expect(relaunched?.path).toBe(PAGES.home);
    expect((await miniProgram.pageStack()).map((p) => p.path)).toEqual([PAGES.home]);
    expect(await relaunched?.$('.home__guest')).toBeNull();
  });
});
