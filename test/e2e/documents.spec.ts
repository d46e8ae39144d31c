import { zhCN } from '../../src/i18n/zh-CN';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';

describe('documents', () => {
  story('are readable from home at any time, even as a guest', async (miniProgram) => {
    const agreement = await onPage(miniProgram, PAGES.agreement);
    await (await elementOf(agreement, 'button.agreement__disagree')).tap();
    const home = await onPage(miniProgram, PAGES.home);

    await (await elementOf(home, '.home__doc--privacy-policy')).tap();
    const policy = await onPage(miniProgram, PAGES.policy);
    expect(policy.query).toEqual({ id: 'privacy-policy' });
    expect(await (await elementOf(policy, '.policy-page__meta')).text()).toContain(zhCN.agreement.version);
    expect((await policy.$$('.policy-toc__item')).length).toBeGreaterThan(0);
    expect(await (await elementOf(policy, '.policy-view')).text()).toContain('个人信息保护政策');

    const back = await miniProgram.navigateBack();
    expect(back?.path).toBe(PAGES.home);
  });

  story('open by path, and an unknown document says so', async (miniProgram) => {
    await onPage(miniProgram, PAGES.agreement);
    const sdkList = await miniProgram.navigateTo(`/${PAGES.policy}?id=sdk-list`);
    expect(sdkList?.query).toEqual({ id: 'sdk-list' });
    if (!sdkList) throw new Error('navigateTo gave no page');
    expect((await (await elementOf(sdkList, '.policy-view')).text()).length).toBeGreaterThan(0);

    const missing = await miniProgram.redirectTo(`/${PAGES.policy}?id=nothing-here`);
    if (!missing) throw new Error('redirectTo gave no page');
    expect(missing.query).toEqual({ id: 'nothing-here' });
    expect(await (await elementOf(missing, '.policy-page__missing')).text()).toBe(zhCN.policy.notFound);
  });
});
