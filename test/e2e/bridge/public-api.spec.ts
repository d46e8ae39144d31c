import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { headlessEndpoint } from '../support/headless-bridge';

/** The app-side global an automator evaluate() may use, as in the mini-program. */
declare function getCurrentPages(): { path: string }[];

jest.setTimeout(60_000);

/**
 * A script as a tester writes it from WeChat's automator docs, knowing nothing of the bridge:
 * connect, route, find, tap, read, mock, evaluate, screenshot, listen.
 */
describe('a script written against the public miniprogram-automator API', () => {
  let miniProgram: MiniProgram;
  const logs: unknown[] = [];

  beforeAll(async () => {
    miniProgram = await automator.connect({ wsEndpoint: await headlessEndpoint() });
    miniProgram.on('console', (message: unknown) => logs.push(message));
  });

  afterAll(() => miniProgram.disconnect());

  it('works end to end', async () => {
    const page = await miniProgram.reLaunch('/pages/agreement/index');
    if (!page) throw new Error('no page');
    expect(page.path).toBe('pages/agreement/index');
    await page.waitFor('.agreement__tick');
    await page.waitFor(50);

    const tick = await page.$('.agreement__tick');
    expect(tick?.tagName).toBe('view');
    expect(await tick?.attribute('aria-checked')).toBe('false');
    expect(await tick?.style('display')).toBe('flex');
    expect((await tick?.size())?.width).toBeGreaterThan(0);
    expect((await tick?.offset())?.top).toBeGreaterThan(0);
    expect(await tick?.outerWxml()).toContain('<view role="checkbox"');
    expect(await tick?.wxml()).toContain('class="agreement__box"');
    const box = await tick?.$('.agreement__box');
    expect(await box?.text()).toBe('');

    await tick?.tap();
    await page.waitFor(async () => (await tick?.attribute('aria-checked')) === 'true');
    expect(await box?.text()).toBe('✓');
    const agree = await page.$('button.agreement__agree');
    // Enabled: DevTools reports false; the H5 element carries no disabled property at all.
    expect(await agree?.property('disabled')).toBeFalsy();

    await miniProgram.mockWxMethod(
      'getStorageSync',
      function (this: { origin: (key: string) => unknown }, key: string) {
        return key === 'who' ? 'mocked' : this.origin(key);
      },
    );
    expect(await miniProgram.callWxMethod('getStorageSync', 'who')).toBe('mocked');
    await miniProgram.restoreWxMethod('getStorageSync');
    expect(await miniProgram.callWxMethod('getStorageSync', 'who')).toBe('');

    expect(await miniProgram.evaluate(() => getCurrentPages().length)).toBe(1);
    await miniProgram.evaluate(() => console.log('hello from the app'));
    expect(typeof (await miniProgram.screenshot())).toBe('string');
    expect((await miniProgram.systemInfo()).windowWidth).toBe(390);

    await agree?.tap();
    await page.waitFor(async () => (await miniProgram.currentPage())?.path === 'pages/index/index');
    const home = await miniProgram.navigateTo('/packages/privacy/pages/policy/index?id=privacy-policy');
    expect(home?.query).toEqual({ id: 'privacy-policy' });
    expect((await miniProgram.pageStack()).map((p) => p.path)).toEqual([
      'pages/index/index',
      'packages/privacy/pages/policy/index',
    ]);
    expect((await home?.$$('.policy-toc__item'))?.length).toBeGreaterThan(0);
    expect(await home?.$('.nothing-like-this')).toBeNull();
    expect(await home?.size()).toEqual({ width: 390, height: expect.any(Number) });
    const back = await miniProgram.navigateBack();
    expect(back?.path).toBe('pages/index/index');
    expect(logs).toContainEqual({ type: 'log', args: ['hello from the app'] });
  });
});
