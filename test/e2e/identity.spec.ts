import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { IdentityReviewQueueItem } from '../../cloudfunctions/lib/contract/identity-review';
import type { RequestView } from '../../cloudfunctions/lib/contract/requests';
import { ERROR_MESSAGES } from '../../cloudfunctions/lib/errors/codes';
import { CURRENT_POLICIES } from '../../policies/generated';
import { zhCNRequests as tr } from '../../src/i18n/zh-CN-requests';
import { zhCNIdentity as m } from '../../src/i18n/zh-CN-identity';
import { buildJpeg } from '../unit/platform/permissions/jpeg-fixture';
import { cloudFunction } from './support/cloud-functions';
import { tap, type } from './support/interact';
import {
  adminIn,
  documentOf,
  personIn,
  reviewerIn,
  staffVerified,
  storyCloud,
  storyOpenid,
} from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

const PAGES = {
  profile: 'packages/account/pages/profile/index',
  identity: 'packages/account/pages/identity/index',
  reviews: 'packages/staff/pages/identity-reviews/index',
  catalog: 'packages/services/pages/catalog/index',
  matter: 'packages/services/pages/matter/index',
  apply: 'packages/services/pages/apply/index',
  request: 'packages/services/pages/request/index',
} as const;
/** 个体工商户设立登记: a person's matter that declares L2 (config/matters.ts). */
const L2_MATTER = 'SOLE-TRADER-REG';
const DRAWABLE_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
const PHOTO = Array.from(buildJpeg({ gps: false, picture: true }));

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

async function next(page: Page, step: string): Promise<void> {
  await tap(page, 'button.apply__next');
  await elementOf(page, `.apply__step--${step}.svc__step--on`);
}

async function addPhoto(miniProgram: MiniProgram, page: Page, material: string): Promise<void> {
  await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, PHOTO);
  await tap(page, `.apply__material--${material} .apply__add-photo`);
  await until('the uploaded photo', () => page.$(`.apply__material--${material} .file-list__file`), COLD_FUNCTION_MS);
}

/** Catalog → the matter's notice → the whole form for 个体工商户设立登记, up to the review step. */
async function fillSoleTraderApplication(miniProgram: MiniProgram): Promise<Page> {
  await miniProgram.reLaunch(`/${PAGES.catalog}`);
  const catalog = await onPage(miniProgram, PAGES.catalog);
  await until('the catalog', () => catalog.$(`.catalog__matter--${L2_MATTER}`), COLD_FUNCTION_MS);
  await tap(catalog, `.catalog__matter--${L2_MATTER}`);
  const matter = await onPage(miniProgram, PAGES.matter);
  await until('the notice', () => matter.$('button.matter__apply'), COLD_FUNCTION_MS);
  await tap(matter, 'button.matter__apply');
  const apply = await onPage(miniProgram, PAGES.apply);
  await until('the form', () => apply.$('.apply__step--applicant.svc__step--on'), COLD_FUNCTION_MS);
  await next(apply, 'form');
  await type(apply, 'input.apply__field--shopName', '梁记糖水铺');
  await type(apply, 'input.apply__field--scope', '甜品、饮品零售');
  await type(apply, 'input.apply__field--premisesAddress', '横琴新家园 5 栋商铺 12 号');
  await type(apply, 'input.apply__field--capital', '10');
  await next(apply, 'materials');
  await addPhoto(miniProgram, apply, 'identity');
  await addPhoto(miniProgram, apply, 'premises-proof');
  await next(apply, 'delivery');
  await type(apply, 'input.apply__contact', '梁澳门');
  await tap(apply, '.apply__country--853');
  await type(apply, 'input.apply__mobile', '66123456');
  await next(apply, 'review');
  return apply;
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
      await saveScreenVariants(miniProgram, 'identity-photo-route');

      await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, PHOTO);
      await (await elementOf(page, 'button.identity__album')).tap();
      await until('the uploaded photo', () => page.$('.identity__chosen'), COLD_FUNCTION_MS);
      await (await elementOf(page, 'button.identity__submit')).tap();
      await until('the check waiting', () => page.$('.identity__pending'), COLD_FUNCTION_MS);
      await saveScreenVariants(miniProgram, 'identity-pending');

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
      await saveScreenVariants(miniProgram, 'identity-approved');
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
      await until(
        'the waiting check',
        async () => (await onPage(miniProgram, PAGES.reviews)).$('button.identity-reviews__open'),
        COLD_FUNCTION_MS,
      );
      const page = await saveScreenVariants(miniProgram, 'identity-reviews-queue');
      await (await elementOf(page, 'button.identity-reviews__open')).tap();
      await until('the opened check', () => page.$('.identity-reviews__real-name'), COLD_FUNCTION_MS);
      expect(await textOf(page, '.identity-reviews__real-name')).toBe('李工作');
      // The registered document number is the applicant's own, which the reviewer compares.
      await saveScreenVariants(miniProgram, 'identity-reviews-opened', { personData: [documentOf(903)] });

      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      await (await elementOf(page, 'button.identity-reviews__approve')).tap();
      await until('the empty queue', () => page.$('.identity-reviews__empty'), COLD_FUNCTION_MS);
      const mine = await applicant.call<{ status: string }>('account', 'myIdentityReview', {});
      expect(mine.status).toBe('approved');
    },
    180_000,
  );

  story(
    'a Macao resident is refused a matter needing L2 and led to 实名核验; once staff verify her, the same application goes in',
    async (miniProgram) => {
      await registerMacaoResident(miniProgram);
      const apply = await fillSoleTraderApplication(miniProgram);
      await tap(apply, 'button.apply__submit');

      // Refused below L2: the refusal leads to 实名核验, where her permit takes the photo route.
      const identity = await onPage(miniProgram, PAGES.identity, COLD_FUNCTION_MS);
      await until('the photo route', () => identity.$('button.identity__album'), COLD_FUNCTION_MS);
      expect(await textOf(identity, '.identity__level')).toContain('一级');
      await saveScreenVariants(miniProgram, 'identity-led-from-l2-matter');

      const cloud = await storyCloud(miniProgram);
      const reviewer = await reviewerIn(cloud, 'l2matter');
      await staffVerified(personIn(cloud, await storyOpenid(miniProgram)), reviewer, Uint8Array.from(PHOTO));

      // Back on the form she filled: the draft and its refusal are still there; submitting again is accepted.
      await miniProgram.navigateBack();
      const back = await onPage(miniProgram, PAGES.apply);
      expect(await textOf(back, '.apply__error')).toBe(ERROR_MESSAGES['IDENTITY.LEVEL_REQUIRED']);
      await tap(back, 'button.apply__submit');
      const request = await onPage(miniProgram, PAGES.request, COLD_FUNCTION_MS);
      await until(
        'the submitted request',
        async () => (await (await request.$('.request__value--status'))?.text()) === tr.statuses.submitted,
        COLD_FUNCTION_MS,
      );
      const mine = await cloudFunction(miniProgram, 'requests').call<{ items: { id: string }[] }>('mine', {});
      if (!mine.ok || mine.data.items.length !== 1) throw new Error('expected exactly one request of hers');
      const detail = await cloudFunction(miniProgram, 'requests').call<RequestView>('detail', {
        requestId: mine.data.items[0]?.id,
      });
      if (!detail.ok) throw new Error(`detail: ${detail.error.code}`);
      expect(detail.data).toMatchObject({ matterCode: L2_MATTER, status: 'submitted' });
      expect(detail.data.materials).toHaveLength(2);
    },
    240_000,
  );
});
