import type Element from 'miniprogram-automator/out/Element';
import { zhCN } from '../../src/i18n/zh-CN';
import { textOf } from './support/interact';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';

describe('first launch', () => {
  story('shows the agreement before anything else, with agreeing not yet possible', async (miniProgram) => {
    const page = await onPage(miniProgram, PAGES.agreement);

    const stack = await miniProgram.pageStack();
    expect(stack.map((p) => p.path)).toEqual([PAGES.agreement]);

    const tabs: Element[] = await page.$$('.agreement__tab');
    expect(await Promise.all(tabs.map((tab) => tab.text()))).toEqual(['用户协议', '个人信息保护政策']);
    const tick = await elementOf(page, '.agreement__tick');
    expect(await tick.attribute('aria-checked')).toBe('false');
    expect(await tick.text()).toContain(zhCN.agreement.tick);

    const agree = await elementOf(page, 'button.agreement__agree');
    expect(await agree.property('disabled')).toBe(true);
    expect(await agree.text()).toBe(zhCN.agreement.tickFirst);
    expect(await textOf(page, 'button.agreement__disagree')).toBe(zhCN.agreement.disagree);
  });
});
