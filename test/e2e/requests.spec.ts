import { randomUUID } from 'node:crypto';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { AgentGrantView } from '../../cloudfunctions/lib/contract/enterprise';
import type {
  Page as ListPage,
  QueueItem,
  RequestSummary,
  RequestView,
  StaffRequestView,
} from '../../cloudfunctions/lib/contract/requests';
import type { MatterTexts } from '../../cloudfunctions/lib/contract/matter-texts';
import { zhCNRequests as tr } from '../../src/i18n/zh-CN-requests';
import { buildJpeg } from '../unit/platform/permissions/jpeg-fixture';
import { cloudFunction } from './support/cloud-functions';
import {
  adminIn,
  personIn,
  reviewerIn,
  staffVerified,
  storyCloud,
  storyOpenid,
  type CloudPerson,
} from './support/same-cloud';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { CATALOG_LANGUAGE_VARIANTS, REVIEW_VARIANTS, switchLanguage, switchToVariant } from './support/review-variants';
import { EN_MATTERS } from '../../config/matter-texts/en';
import { PT_PT_MATTERS } from '../../config/matter-texts/pt-PT';
import { ZH_MO_MATTERS } from '../../config/matter-texts/zh-MO';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

/** Uploads and submits reach cold function instances (stories start at once). */
const withinCold = <T>(what: string, probe: () => Promise<T | null | undefined | false>) =>
  until(what, probe, COLD_FUNCTION_MS);

const PAGES = {
  catalog: 'packages/services/pages/catalog/index',
  matter: 'packages/services/pages/matter/index',
  apply: 'packages/services/pages/apply/index',
  request: 'packages/services/pages/request/index',
  mine: 'packages/services/pages/mine/index',
  enterprise: 'packages/services/pages/enterprise/index',
  staffDesk: 'packages/staff/pages/desk/index',
  staffQueue: 'packages/staff/pages/queue/index',
  staffRequest: 'packages/staff/pages/request/index',
  staffGrants: 'packages/staff/pages/grants/index',
} as const;

/** 企业登记档案查询复制: for a person or an enterprise's agent, a photo of an identity document, post offered. */
const MATTER = 'ARCHIVE-COPY';
const USCC = '91350100M000100Y43';
const PHOTO = Array.from(buildJpeg({ gps: true }));
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** WeChat's album sheet answering with the photo: its bytes as a blob URL stand in for the temp path. */
const CHOOSE_PHOTO = `function (option, bytes) {
  const data = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([data], { type: 'image/jpeg' }));
  return { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: [{ tempFilePath: url, size: data.length, fileType: 'image' }] };
}`;
const LOCATION_GRANTED = `function () {
  return { errMsg: 'getSetting:ok', authSetting: { 'scope.userLocation': true } };
}`;
const AT_HENGQIN = `function () {
  return { errMsg: 'getLocation:ok', latitude: 22.13, longitude: 113.52, speed: 0, accuracy: 30 };
}`;

/** Two people, a dozen function calls and three uploads per story, on a shared 2-core machine. */
const LONG_STORY_MS = 180_000;

function textIs(page: Page, selector: string, expected: string): Promise<true> {
  return withinCold(
    `${selector} to read ${expected}`,
    async () => (await (await page.$(selector))?.text()) === expected,
  );
}

/** Catalog → the matter's notice → the application form. */
async function openApplication(miniProgram: MiniProgram): Promise<Page> {
  await miniProgram.navigateTo(`/${PAGES.catalog}`);
  const catalog = await onPage(miniProgram, PAGES.catalog);
  await withinCold('the catalog', () => catalog.$(`.catalog__matter--${MATTER}`));
  await tap(catalog, `.catalog__matter--${MATTER}`);
  const matter = await onPage(miniProgram, PAGES.matter);
  expect(await textOf(matter, '.matter__delivery')).toBe(tr.matter.deliveryOffered);
  await tap(matter, 'button.matter__apply');
  const apply = await onPage(miniProgram, PAGES.apply);
  await withinCold('the form', () => apply.$('.apply__step--applicant.svc__step--on'));
  return apply;
}

async function next(page: Page, step: string): Promise<void> {
  await tap(page, 'button.apply__next');
  await elementOf(page, `.apply__step--${step}.svc__step--on`);
}

async function fillForm(page: Page, scope: 'public' | 'full'): Promise<void> {
  await type(page, 'input.apply__field--targetUscc', USCC.toLowerCase());
  await tap(page, `.apply__option--scope-${scope}`);
  await type(page, 'input.apply__field--copies', '2');
  await next(page, 'materials');
}

async function addIdentityPhoto(miniProgram: MiniProgram, page: Page): Promise<void> {
  await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, PHOTO);
  await tap(page, '.apply__material--identity .apply__add-photo');
  await withinCold('the uploaded photo', () => page.$('.apply__material--identity .file-list__file'));
}

async function submitAndArrive(miniProgram: MiniProgram, page: Page): Promise<Page> {
  await tap(page, 'button.apply__submit');
  return onPage(miniProgram, PAGES.request, COLD_FUNCTION_MS);
}

async function myOnlyRequest(miniProgram: MiniProgram): Promise<RequestView> {
  const mine = await cloudFunction(miniProgram, 'requests').call<ListPage<RequestSummary>>('mine', {});
  if (!mine.ok || mine.data.items.length !== 1) throw new Error('expected exactly one request of mine');
  const detail = await cloudFunction(miniProgram, 'requests').call<RequestView>('detail', {
    requestId: mine.data.items[0]?.id,
  });
  if (!detail.ok) throw new Error(`detail: ${detail.error.code}`);
  return detail.data;
}

async function openRequest(miniProgram: MiniProgram, id: string): Promise<Page> {
  await miniProgram.reLaunch(`/${PAGES.request}?id=${id}`);
  return onPage(miniProgram, PAGES.request);
}

async function staffVersion(reviewer: CloudPerson, requestId: string): Promise<StaffRequestView> {
  return reviewer.call<StaffRequestView>('requests', 'staffDetail', { requestId });
}

/** Sign-out, cancellation and staff decisions ask first (issue 20); these stories say yes. */
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/**
 * The request (its materials by name, a material's preview) and 我的办件 with its filter groups, saved
 * for a person to look at (issue 20) in zh-CN, 关怀模式 and Traditional Chinese; the preview must stay open.
 */
async function saveReviewScreens(miniProgram: MiniProgram, requestId: string): Promise<void> {
  for (const variant of REVIEW_VARIANTS) {
    await switchToVariant(miniProgram, variant);
    const page = await openRequest(miniProgram, requestId);
    await tap(page, '.request__material .request__view');
    await withinCold('the preview', () => page.$('.request__preview .file-preview__image'));
    await saveScreen(miniProgram, `${variant}-request-preview`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await page.$('.request__preview')).not.toBeNull();
    await tap(page, 'button.file-preview__close');
    if (variant === 'zh-MO') await expectMatterTexts(page, '.request__matter', '.request__material', ZH_MO_MATTERS);
    await saveScreen(miniProgram, `${variant}-request-materials`);
    await miniProgram.reLaunch(`/${PAGES.mine}`);
    const mine = await onPage(miniProgram, PAGES.mine);
    await withinCold('my requests', () => mine.$('.mine__item'));
    if (variant === 'zh-MO') await textIs(mine, '.mine__matter', ZH_MO_MATTERS[MATTER]?.name ?? 'missing');
    await saveScreen(miniProgram, `${variant}-mine`);
    if (variant === 'zh-MO') await saveCatalogScreens(miniProgram, variant, ZH_MO_MATTERS);
  }
  for (const { name, locale, care } of CATALOG_LANGUAGE_VARIANTS) {
    const texts = locale === 'en' ? EN_MATTERS : PT_PT_MATTERS;
    await switchLanguage(miniProgram, locale, care);
    const page = await openRequest(miniProgram, requestId);
    await expectMatterTexts(page, '.request__matter', '.request__material', texts);
    await saveScreen(miniProgram, `${name}-request-materials`);
    await miniProgram.reLaunch(`/${PAGES.mine}`);
    const mine = await onPage(miniProgram, PAGES.mine);
    await textIs(mine, '.mine__matter', texts[MATTER]?.name ?? 'missing');
    await saveScreen(miniProgram, `${name}-mine`);
    await saveCatalogScreens(miniProgram, name, texts);
  }
}

/** The request's matter and its material read in the catalog's translation (stored with the matter). */
async function expectMatterTexts(
  page: Page,
  title: string,
  material: string,
  texts: Readonly<Record<string, MatterTexts>>,
): Promise<void> {
  await textIs(page, title, texts[MATTER]?.name ?? 'missing');
  expect(await textOf(page, material)).toContain(texts[MATTER]?.materials?.identity?.name ?? 'missing');
}

/** The catalog, the matter and the application's form and materials steps, in the variant's language. */
async function saveCatalogScreens(
  miniProgram: MiniProgram,
  variant: string,
  texts: Readonly<Record<string, MatterTexts>>,
): Promise<void> {
  const matter = texts[MATTER];
  await miniProgram.reLaunch(`/${PAGES.catalog}`);
  const catalog = await onPage(miniProgram, PAGES.catalog);
  await textIs(catalog, `.catalog__matter--${MATTER} .catalog__matter-name`, matter?.name ?? 'missing');
  await saveScreen(miniProgram, `${variant}-catalog`);
  await miniProgram.reLaunch(`/${PAGES.matter}?code=${MATTER}`);
  const notice = await onPage(miniProgram, PAGES.matter);
  await textIs(notice, '.matter__name', matter?.name ?? 'missing');
  expect(await textOf(notice, '.matter__material--identity')).toContain(matter?.materials?.identity?.name);
  await saveScreen(miniProgram, `${variant}-matter`);
  await miniProgram.reLaunch(`/${PAGES.apply}?code=${MATTER}`);
  const apply = await onPage(miniProgram, PAGES.apply);
  await withinCold('the form', () => apply.$('.svc__step--on'));
  // The previous language's pass left a draft on the device: start afresh.
  if (await apply.$('.apply__discard')) await tap(apply, '.apply__discard');
  await withinCold('the first step', () => apply.$('.apply__step--applicant.svc__step--on'));
  await next(apply, 'form');
  expect(await textOf(apply, '.apply__option--scope-public')).toBe(matter?.fields?.scope?.options?.public);
  await saveScreen(miniProgram, `${variant}-apply-form`);
  await fillForm(apply, 'public');
  await saveScreen(miniProgram, `${variant}-apply-materials`);
}

describe('service requests', () => {
  story(
    'a person applies with a photo and a postal address, supplements on request and sees the result',
    async (miniProgram) => {
      await registerByCall(miniProgram, { ...PERSON, accountName: 'chan_tai_man' });
      const apply = await openApplication(miniProgram);
      await next(apply, 'form');
      await fillForm(apply, 'public');

      expect(await textOf(apply, '.apply__gps-notice')).toContain('位置信息');
      await addIdentityPhoto(miniProgram, apply);
      await next(apply, 'delivery');

      await tap(apply, '.apply__post');
      await type(apply, 'input.apply__contact', '陈大文');
      await tap(apply, '.apply__country--853');
      await type(apply, 'input.apply__mobile', '66123456');
      await miniProgram.mockWxMethod('getSetting', LOCATION_GRANTED);
      await miniProgram.mockWxMethod('getLocation', AT_HENGQIN);
      await tap(apply, '.apply__locate');
      await textIs(apply, '.apply__region', '横琴粤澳深度合作区');
      await type(apply, 'input.apply__address', '环岛东路 3000 号 2 栋 101');
      await next(apply, 'review');
      expect(await textOf(apply, '.apply__review-row--delivery')).toContain('横琴粤澳深度合作区环岛东路 3000 号');

      let page = await submitAndArrive(miniProgram, apply);
      await textIs(page, '.request__value--status', tr.statuses.submitted);
      const request = await myOnlyRequest(miniProgram);
      expect(request.delivery).toMatchObject({ method: 'post', region: { id: 'hengqin' } });
      expect(request.delivery.mobile.number).not.toBe('66123456');
      expect(request.materials).toHaveLength(1);

      const cloud = await storyCloud(miniProgram);
      const reviewer = await reviewerIn(cloud, 'person');
      const queue = await reviewer.call<ListPage<QueueItem>>('requests', 'queue', { matterCode: MATTER });
      expect(queue.items.map((i) => i.id)).toEqual([request.id]);
      let seen = await staffVersion(reviewer, request.id);
      await reviewer.call('requests', 'accept', { requestId: request.id, expectedVersion: seen.version });
      seen = await staffVersion(reviewer, request.id);
      await reviewer.call('requests', 'requestSupplement', {
        requestId: request.id,
        expectedVersion: seen.version,
        comment: '请补充身份证件背面的照片',
        materialCodes: ['identity'],
      });

      page = await openRequest(miniProgram, request.id);
      await textIs(page, '.request__value--status', tr.statuses.supplement_requested);
      expect(await textOf(page, '.request__supplement-comment')).toBe('请补充身份证件背面的照片');
      expect(await textOf(page, '.request__value--promised')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, PHOTO);
      await tap(page, '.request__add-photo');
      await withinCold('the supplement photo', () => page.$('.request__supplement .file-list__file'));
      await tap(page, 'button.request__resubmit');
      await textIs(page, '.request__value--status', tr.statuses.resubmitted);

      seen = await staffVersion(reviewer, request.id);
      expect(seen.materials.map((m) => m.round)).toEqual([0, 1]);
      const resultUploadId = await reviewer.upload('result', '档案复制件.pdf', PDF, 'pdf');
      await reviewer.call('requests', 'approve', {
        requestId: request.id,
        expectedVersion: seen.version,
        comment: '准予复制',
        resultUploadId,
      });

      page = await openRequest(miniProgram, request.id);
      await textIs(page, '.request__value--status', tr.statuses.approved);
      expect(await textOf(page, '.request__view-result')).toContain('档案复制件.pdf');
      const timeline = await textOf(page, '.request__timeline');
      for (const step of ['submit', 'accept', 'requestSupplement', 'resubmit', 'approve'] as const)
        expect(timeline).toContain(tr.detail.actions[step]);
      const result = (await myOnlyRequest(miniProgram)).result;
      const response = await fetch(result?.url ?? 'missing');
      expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-/);
      await saveReviewScreens(miniProgram, request.id);
    },
    LONG_STORY_MS + 90_000,
  );

  story(
    'a person becomes an enterprise’s agent and applies on its behalf',
    async (miniProgram) => {
      await registerByCall(miniProgram, { ...PERSON, accountName: 'ho_agent' });
      // Agents and enterprise registrants need L2: staff check her residence permit first.
      const cloud = await storyCloud(miniProgram);
      const reviewer = await reviewerIn(cloud, 'agent');
      await staffVerified(personIn(cloud, await storyOpenid(miniProgram)), reviewer, Uint8Array.from(PHOTO));
      await miniProgram.navigateTo(`/${PAGES.enterprise}`);
      const page = await onPage(miniProgram, PAGES.enterprise);
      await type(page, 'input.enterprise__uscc', `${USCC.slice(0, 17)}4`);
      await elementOf(page, '.enterprise__uscc-issue--check-character');
      await type(page, 'input.enterprise__uscc', USCC);
      await type(page, 'input.enterprise__name', '横琴澳资示范有限公司');
      await type(page, 'input.enterprise__representative', '何澳门');
      await tap(page, '.enterprise__doc-type--travel-permit');
      await type(page, 'input.enterprise__doc-number', 'M1234567801');
      await tap(page, 'button.enterprise__register');
      await textIs(page, '.enterprise__notice', tr.enterprise.registered);

      await tap(page, `.enterprise__scope--${MATTER}`);
      await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, PHOTO);
      await tap(page, '.enterprise__add-photo');
      await withinCold('the authorisation upload', () => page.$('.enterprise__ask .file-list__file'));
      await tap(page, 'button.enterprise__submit-grant');
      await textIs(page, '.enterprise__notice', tr.enterprise.grantSubmitted);
      await textIs(page, '.enterprise__grant--pending .enterprise__grant-status', tr.enterprise.grantStatuses.pending);

      const pending = await reviewer.call<ListPage<AgentGrantView>>('requests', 'grantQueue', { status: 'pending' });
      expect(pending.items.map((g) => g.enterprise.uscc)).toEqual([USCC]);
      await reviewer.call('requests', 'decideGrant', {
        grantId: pending.items[0]?.id,
        decision: 'approve',
        comment: '授权委托书齐全',
      });

      const apply = await openApplication(miniProgram);
      await tap(apply, `.apply__as-agent--${USCC}`);
      await next(apply, 'form');
      await fillForm(apply, 'full');
      await addIdentityPhoto(miniProgram, apply);
      await next(apply, 'delivery');
      await type(apply, 'input.apply__contact', '何经办');
      await tap(apply, '.apply__country--853');
      await type(apply, 'input.apply__mobile', '66123456');
      await next(apply, 'review');
      expect(await textOf(apply, '.apply__review-row--applicant')).toContain(tr.apply.asAgent('横琴澳资示范有限公司'));

      const request = await submitAndArrive(miniProgram, apply);
      await textIs(request, '.request__value--applicant', tr.apply.asAgent('横琴澳资示范有限公司'));
      const stored = await myOnlyRequest(miniProgram);
      expect(stored.applicantKind).toBe('agent');
      expect(stored.asEnterprise?.uscc).toBe(USCC);

      await miniProgram.navigateTo(`/${PAGES.mine}`);
      const mine = await onPage(miniProgram, PAGES.mine);
      await textIs(mine, '.mine__agent', tr.mine.asAgent('横琴澳资示范有限公司'));
    },
    LONG_STORY_MS,
  );

  story(
    'a reviewer works the queue in the app: assigns, accepts, approves, and approves an agent grant',
    async (miniProgram) => {
      await registerByCall(miniProgram, { ...PERSON, accountName: 'staff_in_app' });
      const cloud = await storyCloud(miniProgram);
      const admin = await adminIn(cloud, 'queue');
      await admin.grant('staff_in_app', ['staff', 'reviewer']);

      // Someone else applies and asks to act for an enterprise, through the functions.
      const applicant = personIn(cloud, 'oApplicantQueue'.padEnd(28, '0'));
      await applicant.register('applicant_queue', 903);
      const photo = await applicant.upload('material', 'identity.jpg', Uint8Array.from(PHOTO), 'jpeg');
      const submitted = await applicant.call<RequestSummary>('requests', 'submit', {
        clientRequestId: randomUUID(),
        matterCode: MATTER,
        form: { targetUscc: USCC, scope: 'public', copies: 1 },
        materials: [{ materialCode: 'identity', uploadId: photo }],
        delivery: { method: 'pickup', contact: '李申请', mobile: { countryCode: '+853', number: '66000903' } },
      });
      // Registering an enterprise needs L2: the admin checks the applicant's residence permit.
      await staffVerified(applicant, admin, Uint8Array.from(PHOTO));
      const enterprise = await applicant.call<{ id: string }>('requests', 'registerEnterprise', {
        uscc: USCC,
        name: '横琴澳资示范有限公司',
        legalRepresentative: { name: '何澳门', document: { type: 'travel-permit', number: 'M1234567801' } },
      });
      const authorisation = await applicant.upload('authorisation', 'authorisation.pdf', PDF, 'pdf');
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      await applicant.call('requests', 'requestGrant', {
        enterpriseId: enterprise.id,
        matterCodes: [MATTER],
        validFrom: today,
        validUntil: today,
        authorisationUploadId: authorisation,
      });

      // The desk lists the screens a reviewer's role opens (not the push screen), and leads to the queue.
      await miniProgram.navigateTo(`/${PAGES.staffDesk}`);
      const desk = await onPage(miniProgram, PAGES.staffDesk);
      await withinCold('the desk', () => desk.$('.desk__entry--queue'));
      expect(await desk.$('.desk__entry--grants')).not.toBeNull();
      expect(await desk.$('.desk__entry--push')).toBeNull();
      await tap(desk, '.desk__entry--queue');
      const queue = await onPage(miniProgram, PAGES.staffQueue);
      await withinCold('the queue', () => queue.$('.queue__item--submitted'));
      await tap(queue, '.queue__item--submitted');
      const page = await onPage(miniProgram, PAGES.staffRequest);
      await textIs(page, '.staff-request__value--number', submitted.number);
      expect(await textOf(page, '.staff-request__value--applicant')).toContain('applicant_queue');
      expect(await textOf(page, '.staff-request__materials')).toContain('identity.jpg');

      await tap(page, 'button.staff-request__assign');
      await textIs(page, '.staff-request__value--assignee', 'staff_in_app');
      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      await tap(page, 'button.staff-request__action--accept');
      await textIs(page, '.staff-request__value--status', tr.statuses.accepted);
      await tap(page, 'button.staff-request__action--reject');
      await elementOf(page, '.staff-request__comment-missing');
      await type(page, 'input.staff-request__comment', '材料齐全，准予复制');
      await tap(page, 'button.staff-request__action--approve');
      await textIs(page, '.staff-request__value--status', tr.statuses.approved);
      const seen = await applicant.call<RequestView>('requests', 'detail', { requestId: submitted.id });
      expect(seen.status).toBe('approved');
      expect(seen.timeline.map((e) => e.comment)).toContain('材料齐全，准予复制');

      await miniProgram.navigateTo(`/${PAGES.staffGrants}`);
      const grants = await onPage(miniProgram, PAGES.staffGrants);
      await withinCold('the pending grant', () => grants.$(`.staff-grants__grant--${USCC}`));
      expect(await textOf(grants, `.staff-grants__grant--${USCC}`)).toContain('applicant_queue');
      await tap(grants, 'button.staff-grants__approve');
      await withinCold('the grant to leave the pending list', () => grants.$('.staff-grants__empty'));
      const mine = await applicant.call<AgentGrantView[]>('requests', 'myGrants', {});
      expect(mine.map((g) => [g.status, g.current])).toEqual([['approved', true]]);
    },
    LONG_STORY_MS,
  );
});
