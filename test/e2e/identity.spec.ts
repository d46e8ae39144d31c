import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { IdentityReviewQueueItem } from '../../cloudfunctions/lib/contract/identity-review';
import { CURRENT_POLICIES } from '../../policies/generated';
import { zhCNIdentity as m } from '../../src/i18n/zh-CN-identity';
import { buildJpeg } from '../unit/platform/permissions/jpeg-fixture';
import { cloudFunction } from './support/cloud-functions';
import { adminIn, personIn, reviewerIn, storyCloud } from './support/same-cloud';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

const PAGES = {
  profile: 'packages/account/pages/profile/index',
  identity: 'packages/account/pages/identity/index',
  reviews: 'packages/staff/pages/identity-reviews/index',
} as const;
const DRAWABLE_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
const PHOTO = Array.from(buildJpeg({ gps: false }));

/** WeChat's album sheet answering with the photo: its bytes as a blob URL stand in for the temp path. */
const CHOOSE_PHOTO = `function (option, bytes) {
  const data = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([data], { type: 'image/jpeg' }));
  return { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: [{ tempFilePath: url, size: data.length, fileType: 'image' }] };
}`;

/** A Macao resident (residence permit: WeChat's face check cannot take it) registers as the app does. */
async function registerMacaoResident(miniProgram: MiniProgram): Promise<void> {
  const registered = await cloudFunction(miniProgram, 'account').call('register', {
    accountName: 'leong_macao',
    password: 'Hengqin-2026',
    realName: '梁澳门',
    mobile: { countryCode: '+853', number: '66123456' },
    document: { type: 'residence-permit', number: '820000200002290021' },
    consent: (['user-agreement', 'privacy-policy'] as const).map((id) => ({
      id,
      version: CURRENT_POLICIES[id].version,
      sha256: CURRENT_POLICIES[id].sha256,
    })),
    documentConsent: true,
  });
  if (!registered.ok) throw new Error(`register: ${registered.error.code}`);
}

async function textOf(page: Page, selector: string): Promise<string> {
  return (await elementOf(page, selector)).text();
}

describe('real-name verification by staff', () => {
  story(
    'a Macao resident hands in a photo of her permit, waits, and sees the staff member’s approval',
    async (miniProgram) => {
      await registerMacaoResident(miniProgram);
      await miniProgram.reLaunch(`/${PAGES.profile}`);
      const profile = await onPage(miniProgram, PAGES.profile);
      await until('the profile', () => profile.$('.profile__to-identity'), COLD_FUNCTION_MS);
      await (await elementOf(profile, '.profile__to-identity')).tap();

      const page = await onPage(miniProgram, PAGES.identity);
      await until('the photo route', () => page.$('button.identity__album'), COLD_FUNCTION_MS);
      expect(await textOf(page, '.identity__level')).toContain('一级');
      await saveScreen(miniProgram, 'identity-photo-route');

      await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, PHOTO);
      await (await elementOf(page, 'button.identity__album')).tap();
      await until('the uploaded photo', () => page.$('.identity__chosen'), COLD_FUNCTION_MS);
      await (await elementOf(page, 'button.identity__submit')).tap();
      await until('the check waiting', () => page.$('.identity__pending'), COLD_FUNCTION_MS);
      await saveScreen(miniProgram, 'identity-pending');

      // A reviewer takes the check from the queue, opens it and approves it.
      const reviewer = await reviewerIn(await storyCloud(miniProgram), 'identity');
      const queue = await reviewer.call<IdentityReviewQueueItem[]>('account', 'identityReviewQueue', {});
      const reviewId = queue.find((item) => !item.taken)?.reviewId;
      if (!reviewId) throw new Error('no identity check waiting in the queue');
      await reviewer.call('account', 'openIdentityReview', { reviewId });
      await reviewer.call('account', 'decideIdentityReview', { reviewId, decision: 'approve', comment: '' });

      await miniProgram.reLaunch(`/${PAGES.identity}`);
      const after = await onPage(miniProgram, PAGES.identity);
      await until('the approval', () => after.$('.identity__verified'), COLD_FUNCTION_MS);
      expect(await textOf(after, '.identity__verified')).toBe(m.approved);
      expect(await textOf(after, '.identity__level')).toContain('工作人员核验证件');
      await saveScreen(miniProgram, 'identity-approved');
    },
    180_000,
  );

  story(
    'a reviewer opens a waiting check, compares the photo with the registration and approves it',
    async (miniProgram) => {
      await registerMacaoResident(miniProgram);
      const cloud = await storyCloud(miniProgram);
      const admin = await adminIn(cloud, 'idstaff');
      await admin.grant('leong_macao', ['staff', 'reviewer']);
      const applicant = personIn(cloud, 'oApplicantIdentity'.padEnd(28, '0'));
      await applicant.register('applicant_id', 903);
      // A photo the browser can draw (the JPEG fixture has no image data): one pixel, scaled up.
      const uploadId = await applicant.upload('material', 'document.png', DRAWABLE_PNG, 'png');
      await applicant.call('account', 'submitIdentityDocument', { uploadId });

      await miniProgram.reLaunch(`/${PAGES.reviews}`);
      const page = await onPage(miniProgram, PAGES.reviews);
      await until('the waiting check', () => page.$('button.identity-reviews__open'), COLD_FUNCTION_MS);
      await saveScreen(miniProgram, 'identity-reviews-queue');
      await (await elementOf(page, 'button.identity-reviews__open')).tap();
      await until('the opened check', () => page.$('.identity-reviews__real-name'), COLD_FUNCTION_MS);
      expect(await textOf(page, '.identity-reviews__real-name')).toBe('李工作');
      await saveScreen(miniProgram, 'identity-reviews-opened');

      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      await (await elementOf(page, 'button.identity-reviews__approve')).tap();
      await until('the empty queue', () => page.$('.identity-reviews__empty'), COLD_FUNCTION_MS);
      const mine = await applicant.call<{ status: string }>('account', 'myIdentityReview', {});
      expect(mine.status).toBe('approved');
    },
    180_000,
  );
});
