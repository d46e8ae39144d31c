import type { AnnouncementPublished } from '../../cloudfunctions/lib/contract/announcement';
import { zhCNAnnouncement } from '../../src/i18n/zh-CN-announcement';
import { tap } from './support/interact';
import { PAGES } from './support/routes';
import { adminIn, storyCloud } from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';

const HOUR = 3_600_000;

describe('a maintenance announcement', () => {
  story('is on home for a guest who agreed to nothing, with its dates in Beijing time', async (miniProgram) => {
    const admin = await adminIn(await storyCloud(miniProgram), 'notice');
    const startsAt = Date.now() + HOUR;
    const published = await admin.call<AnnouncementPublished>('notify', 'publishAnnouncement', {
      type: 'maintenance',
      title: '系统升级维护',
      body: '维护期间暂停网上申请和材料上传，其他页面可正常浏览。',
      startsAt,
      endsAt: startsAt + 2 * HOUR,
    });
    // On home once the second admin approved it (two-person rule).
    await admin.approve(published.job.proposalId);

    const page = await onPage(miniProgram, PAGES.agreement);
    await tap(page, 'button.agreement__disagree');
    const home = await onPage(miniProgram, PAGES.home);
    const banner = await elementOf(home, '.announcement__item--maintenance');
    expect(await (await banner.$('.announcement__type'))?.text()).toBe(zhCNAnnouncement.types.maintenance);
    expect(await (await banner.$('.announcement__state'))?.text()).toBe(zhCNAnnouncement.upcoming);
    expect(await (await banner.$('.announcement__title'))?.text()).toBe('系统升级维护');
    // Beijing time as government services write it, never UTC or an epoch.
    expect(await (await banner.$('.announcement__period'))?.text()).toMatch(/年.*月.*日.*至/);
    expect(await home.$('.home__guest')).not.toBeNull();
    await saveScreenVariants(miniProgram, 'announcement-guest');
  });
});
