import { zhCN } from '../../src/i18n/zh-CN';
import { tap, textOf } from './support/interact';
import { BINDING_TITLES } from './support/binding-titles';
import { PAGES } from './support/routes';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { onPage } from './support/wait';

describe('documents', () => {
  story('are readable from home at any time, even as a guest', async (miniProgram) => {
    const agreement = await onPage(miniProgram, PAGES.agreement);
    await tap(agreement, 'button.agreement__disagree');
    const home = await onPage(miniProgram, PAGES.home);

    await tap(home, '.home__doc--privacy-policy');
    const policy = await onPage(miniProgram, PAGES.policy);
    expect(policy.query).toEqual({ id: 'privacy-policy' });
    expect(await textOf(policy, '.policy-page__meta')).toContain(zhCN.agreement.version);
    expect((await policy.$$('.policy-toc__item')).length).toBeGreaterThan(0);
    expect(await textOf(policy, '.policy-view')).toContain('个人信息保护政策');
    await saveScreenVariants(miniProgram, 'policy', { personData: [...BINDING_TITLES] });

    const back = await miniProgram.navigateBack();
    expect(back?.path).toBe(PAGES.home);
  });

  story('open by path, and an unknown document says so', async (miniProgram) => {
    await onPage(miniProgram, PAGES.agreement);
    const sdkList = await miniProgram.navigateTo(`/${PAGES.policy}?id=sdk-list`);
    expect(sdkList?.query).toEqual({ id: 'sdk-list' });
    if (!sdkList) throw new Error('navigateTo gave no page');
    expect((await textOf(sdkList, '.policy-view')).length).toBeGreaterThan(0);

    const missing = await miniProgram.redirectTo(`/${PAGES.policy}?id=nothing-here`);
    if (!missing) throw new Error('redirectTo gave no page');
    expect(missing.query).toEqual({ id: 'nothing-here' });
    expect(await textOf(missing, '.policy-page__missing')).toBe(zhCN.policy.notFound);
  });
});
