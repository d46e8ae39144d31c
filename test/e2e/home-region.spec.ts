import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { zhCN } from '../../src/i18n/zh-CN';
import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import { tap, textOf } from './support/interact';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

/** Location refused earlier: WeChat's settings say so, and the person says "later" to the settings page. */
const LOCATION_REFUSED = `function () {
  return { errMsg: 'getSetting:ok', authSetting: { 'scope.userLocation': false } };
}`;
const DECLINE_SETTINGS = `function () {
  return { errMsg: 'showModal:ok', confirm: false, cancel: true };
}`;
const AUTH_DENY = `function () {
  return { errMsg: 'authorize:fail auth deny' };
}`;
const LOCATION_DENY = `function () {
  return { errMsg: 'getLocation:fail auth deny' };
}`;
const LOCATION_GRANTED = `function () {
  return { errMsg: 'getSetting:ok', authSetting: { 'scope.userLocation': true } };
}`;
/** A point in Hengqin. */
const AT_HENGQIN = `function () {
  return { errMsg: 'getLocation:ok', latitude: 22.12, longitude: 113.53, accuracy: 30 };
}`;

/** A fresh person lands on the agreement; refusing it still leaves the public home page. */
async function home(miniProgram: MiniProgram): Promise<Page> {
  const agreement = await onPage(miniProgram, PAGES.agreement);
  await tap(agreement, 'button.agreement__disagree');
  return onPage(miniProgram, PAGES.home);
}

const REGION_PAGE = 'packages/privacy/pages/region/index';

function regionShown(page: Page, name: string): Promise<true> {
  return until(`region ${name}`, async () =>
    (await (await page.$('.home__region-value'))?.text()) === name ? true : null,
  );
}

describe('the home page region', () => {
  story(
    'still offers the region list when location is refused, and the picked region is shown',
    async (miniProgram) => {
      await miniProgram.mockWxMethod('getSetting', LOCATION_REFUSED);
      await miniProgram.mockWxMethod('showModal', DECLINE_SETTINGS);
      await miniProgram.mockWxMethod('authorize', AUTH_DENY);
      await miniProgram.mockWxMethod('getLocation', LOCATION_DENY);
      const page = await home(miniProgram);
      await regionShown(page, zhCN.home.regions.hengqin);

      await tap(page, '.home__region');
      const regions = await onPage(miniProgram, REGION_PAGE);
      await tap(regions, '.home__region-locate');
      const notice = await elementOf(regions, '.home__region-notice');
      expect(await notice.text()).toBe(zhCNPackages.permissions.items.location.refusal);
      expect((await regions.$$('.home__region-option')).length).toBeGreaterThan(1);
      await tap(regions, '.home__region-option--macao');

      const back = await onPage(miniProgram, PAGES.home);
      await regionShown(back, '澳门特别行政区');
      // Nothing else changed: still the guest home with every document and the service line.
      expect(await back.$('.home__guest')).not.toBeNull();
      for (const id of ['user-agreement', 'privacy-policy', 'sdk-list']) {
        expect(await back.$(`.home__doc--${id}`)).not.toBeNull();
      }
      expect(await back.$('.home__privacy-center')).not.toBeNull();
      expect(await textOf(back, '.home__service-line')).toBe(zhCN.app.serviceLine);
      expect(await back.$('.home__offline')).toBeNull();
    },
  );

  story('fills the region from the location when it is allowed', async (miniProgram) => {
    await miniProgram.mockWxMethod('getSetting', LOCATION_GRANTED);
    await miniProgram.mockWxMethod('getLocation', AT_HENGQIN);
    const page = await home(miniProgram);

    // Pick another region first, so locating visibly changes it back.
    await tap(page, '.home__region');
    const list = await onPage(miniProgram, REGION_PAGE);
    await tap(list, '.home__region-option--zhuhai-xiangzhou');
    const picked = await onPage(miniProgram, PAGES.home);
    await regionShown(picked, '珠海市香洲区');

    await tap(picked, '.home__region');
    const again = await onPage(miniProgram, REGION_PAGE);
    await tap(again, '.home__region-locate');
    await regionShown(await onPage(miniProgram, PAGES.home), '横琴粤澳深度合作区');
  });
});
