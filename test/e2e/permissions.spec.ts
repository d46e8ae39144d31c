import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import { tap } from './support/interact';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

const PERMISSIONS_PAGE = 'packages/privacy/pages/permissions/index';

/**
 * WeChat's settings for one person, kept in the page: getSetting reads them and the settings page
 * (openSetting) turns location on, as the person would there.
 */
const READ_SETTINGS = `function () {
  window.__qybSettings = window.__qybSettings || {
    authSetting: { 'scope.userLocation': false, 'scope.record': true },
    subscriptionsSetting: { mainSwitch: true },
  };
  return { errMsg: 'getSetting:ok', ...window.__qybSettings };
}`;
const TURN_ON_LOCATION = `function () {
  window.__qybSettings.authSetting['scope.userLocation'] = true;
  return { errMsg: 'openSetting:ok', ...window.__qybSettings };
}`;

describe('the permissions page', () => {
  story('shows each permission’s purpose and state, and turns a refused one on from a tap', async (miniProgram) => {
    await miniProgram.mockWxMethod('getSetting', READ_SETTINGS);
    await miniProgram.mockWxMethod('openSetting', TURN_ON_LOCATION);
    await miniProgram.navigateTo(`/${PERMISSIONS_PAGE}`);
    const page = await onPage(miniProgram, PERMISSIONS_PAGE);

    const location = await elementOf(page, '.permission-list__item--location');
    expect(await (await location.$('.permission-list__purpose'))?.text()).toContain(
      zhCNPackages.permissions.items.location.purpose,
    );
    await until('location to show as refused', async () =>
      (await (await location.$('.permission-list__state'))?.text()) === zhCNPackages.permissions.states.denied
        ? true
        : null,
    );
    const microphone = await elementOf(page, '.permission-list__item--microphone .permission-list__state');
    expect(await microphone.text()).toBe(zhCNPackages.permissions.states.granted);
    expect(await page.$$('.permission-list__item')).toHaveLength(9);

    await tap(page, '.permission-list__item--location .permission-list__manage');
    await until('location to show as allowed', async () =>
      (await (await location.$('.permission-list__state'))?.text()) === zhCNPackages.permissions.states.granted
        ? true
        : null,
    );
  });

  story('still lists everything where WeChat settings cannot be read (browser)', async (miniProgram) => {
    await miniProgram.navigateTo(`/${PERMISSIONS_PAGE}`);
    const page = await onPage(miniProgram, PERMISSIONS_PAGE);
    await until('nine permissions', async () => ((await page.$$('.permission-list__item')).length === 9 ? true : null));
    const phoneState = await elementOf(page, '.permission-list__item--phoneState .permission-list__state');
    expect(await phoneState.text()).toBe(zhCNPackages.permissions.states['app-only']);
  });
});
