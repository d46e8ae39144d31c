/**
 * The service-request journeys of the e2e specs (requests-*.spec.ts): the matter, its pages, the
 * application steps and the reviewer's view, shared so each story runs in a spec file of its own
 * (Jest spreads spec files over its workers; one file of four stories took 183 s).
 */
import { randomUUID } from 'node:crypto';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type {
  Page as ListPage,
  RequestSummary,
  RequestView,
  StaffRequestView,
} from '../../../cloudfunctions/lib/contract/requests';
import type { MatterTexts } from '../../../cloudfunctions/lib/contract/matter-texts';
import { zhCNRequests as tr } from '../../../src/i18n/zh-CN-requests';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { cloudFunction } from './cloud-functions';
import { personIn, reviewerIn, storyCloud, storyOpenid, type CloudPerson } from './same-cloud';
import { PERSON, registerByCall } from './register';
import { tap, textOf, type } from './interact';
import { PAGES as APP_PAGES } from './routes';
import {
  CATALOG_LANGUAGE_VARIANTS,
  type ReviewVariant,
  openHome,
  switchLanguage,
  switchToVariant,
} from './review-variants';
import { EN_MATTERS } from '../../../config/matter-texts/en';
import { PT_PT_MATTERS } from '../../../config/matter-texts/pt-PT';
import { ZH_MO_MATTERS } from '../../../config/matter-texts/zh-MO';
import { MATTER_SEED } from '../../../config/matters';
import { saveScreen } from './screens';
import { saveScreenVariants } from './screen-variants';
import { story } from './story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './wait';

/** Uploads and submits reach cold function instances (stories start at once). */
export const withinCold = <T>(what: string, probe: () => Promise<T | null | undefined | false>) =>
  until(what, probe, COLD_FUNCTION_MS);

export const PAGES = {
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
export const MATTER = 'ARCHIVE-COPY';

/** The matter's own (Simplified) texts, in the shape of its translations: what 简体 and 关怀模式 show. */
function simplifiedTexts(): Record<string, MatterTexts> {
  const matter = MATTER_SEED.find((m) => m.code === MATTER);
  if (!matter) throw new Error(`${MATTER} is not in the catalog seed`);
  const field = matter.fields.find((f) => f.key === 'scope');
  const options = field && 'options' in field ? Object.fromEntries(field.options.map((o) => [o.value, o.label])) : {};
  return {
    [MATTER]: {
      name: matter.name,
      materials: Object.fromEntries(matter.materials.map((m) => [m.code, { name: m.name }])),
      fields: { scope: { options } },
    } as MatterTexts,
  };
}
const ZH_CN_MATTERS = simplifiedTexts();
export const USCC = '91350100M000100Y43';
export const PHOTO = Array.from(buildJpeg({ gps: true, picture: true }));
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** WeChat's album sheet answering with the photo: its bytes as a blob URL stand in for the temp path. */
export const CHOOSE_PHOTO = `function (option, bytes) {
  const data = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([data], { type: 'image/jpeg' }));
  return { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: [{ tempFilePath: url, size: data.length, fileType: 'image' }] };
}`;
export const LOCATION_GRANTED = `function () {
  return { errMsg: 'getSetting:ok', authSetting: { 'scope.userLocation': true } };
}`;
export const AT_HENGQIN = `function () {
  return { errMsg: 'getLocation:ok', latitude: 22.13, longitude: 113.52, speed: 0, accuracy: 30 };
}`;

/** Two people, a dozen function calls and three uploads per story, on a shared 2-core machine. */
export const LONG_STORY_MS = 180_000;

export function textIs(page: Page, selector: string, expected: string): Promise<true> {
  return withinCold(
    `${selector} to read ${expected}`,
    async () => (await (await page.$(selector))?.text()) === expected,
  );
}

/** Catalog → the matter's notice → the application form. */
export async function openApplication(miniProgram: MiniProgram): Promise<Page> {
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

export async function next(page: Page, step: string): Promise<void> {
  await tap(page, 'button.apply__next');
  await elementOf(page, `.apply__step--${step}.svc__step--on`);
}

export async function fillForm(page: Page, scope: 'public' | 'full'): Promise<void> {
  await type(page, 'input.apply__field--targetUscc', USCC.toLowerCase());
  await tap(page, `.apply__option--scope-${scope}`);
  await type(page, 'input.apply__field--copies', '2');
  await next(page, 'materials');
}

export async function addIdentityPhoto(miniProgram: MiniProgram, page: Page): Promise<void> {
  await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, PHOTO);
  await tap(page, '.apply__material--identity .apply__add-photo');
  await withinCold('the uploaded photo', () => page.$('.apply__material--identity .file-list__file'));
}

export async function submitAndArrive(miniProgram: MiniProgram, page: Page): Promise<Page> {
  await tap(page, 'button.apply__submit');
  return onPage(miniProgram, PAGES.request, COLD_FUNCTION_MS);
}

export async function myOnlyRequest(miniProgram: MiniProgram): Promise<RequestView> {
  const mine = await cloudFunction(miniProgram, 'requests').call<ListPage<RequestSummary>>('mine', {});
  if (!mine.ok || mine.data.items.length !== 1) throw new Error('expected exactly one request of mine');
  const detail = await cloudFunction(miniProgram, 'requests').call<RequestView>('detail', {
    requestId: mine.data.items[0]?.id,
  });
  if (!detail.ok) throw new Error(`detail: ${detail.error.code}`);
  return detail.data;
}

export async function openRequest(miniProgram: MiniProgram, id: string): Promise<Page> {
  await miniProgram.reLaunch(`/${PAGES.request}?id=${id}`);
  return onPage(miniProgram, PAGES.request);
}

export async function staffVersion(reviewer: CloudPerson, requestId: string): Promise<StaffRequestView> {
  return reviewer.call<StaffRequestView>('requests', 'staffDetail', { requestId });
}

/** Sign-out, cancellation and staff decisions ask first (issue 20); these stories say yes. */
export const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/**
 * The request (its materials by name, a material's preview) and 我的办件 with its filter groups, saved
 * for a person to look at (issue 20) in the given review variants (zh-CN, 关怀模式, Traditional Chinese;
 * the preview, which must stay open, in its four variants with zh-CN), then the request, 我的办件 and the catalog in the given languages.
 */
export async function saveReviewScreens(
  miniProgram: MiniProgram,
  requestId: string,
  variants: readonly ReviewVariant[],
  languages: readonly (typeof CATALOG_LANGUAGE_VARIANTS)[number][],
): Promise<void> {
  for (const variant of variants) {
    await switchToVariant(miniProgram, variant);
    const page = await openRequest(miniProgram, requestId);
    if (variant === 'zh-CN') {
      // The preview in its four variants, in place (the other review variants would only repeat them).
      await tap(page, '.request__material .request__view');
      await withinCold('the preview', () => page.$('.request__preview .file-preview__image'));
      await saveScreenVariants(miniProgram, 'request-preview');
      expect(await page.$('.request__preview')).not.toBeNull();
      await tap(page, 'button.file-preview__close');
    }
    if (variant === 'zh-MO') await expectMatterTexts(page, '.request__matter', '.request__material', ZH_MO_MATTERS);
    await saveScreen(miniProgram, `${variant}-request-materials`);
    await miniProgram.reLaunch(`/${PAGES.mine}`);
    const mine = await onPage(miniProgram, PAGES.mine);
    await withinCold('my requests', () => mine.$('.mine__item'));
    if (variant === 'zh-MO') await textIs(mine, '.mine__matter', ZH_MO_MATTERS[MATTER]?.name ?? 'missing');
    await saveScreen(miniProgram, `${variant}-mine`);
    await saveCatalogScreens(miniProgram, variant, variant === 'zh-MO' ? ZH_MO_MATTERS : ZH_CN_MATTERS);
    // Home for a signed-in person: the glance at 我的办件 (this request is in progress) and the grid.
    await openHome(miniProgram);
    const home = await onPage(miniProgram, APP_PAGES.home);
    await withinCold('the glance at my requests', () => home.$('.home__glance--inProgress'));
    expect(await textOf(home, '.home__glance--inProgress .home__glance-count')).toBe('1');
    // Saved once, in its four variants in place (the other review variants would only repeat them).
    if (variant === 'zh-CN') await saveScreenVariants(miniProgram, 'home-signed-in');
  }
  for (const { name, locale, care } of languages) {
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
export async function expectMatterTexts(
  page: Page,
  title: string,
  material: string,
  texts: Readonly<Record<string, MatterTexts>>,
): Promise<void> {
  await textIs(page, title, texts[MATTER]?.name ?? 'missing');
  expect(await textOf(page, material)).toContain(texts[MATTER]?.materials?.identity?.name ?? 'missing');
}

/** The catalog, the matter and the application's form and materials steps, in the variant's language. */
export async function saveCatalogScreens(
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

/**
 * A request of the story's own person (registered as `accountName`) with a photo, accepted and
 * approved with a result, made through the functions: the screens specs reach it in seconds.
 */
export async function approvedRequestOf(miniProgram: MiniProgram, accountName: string): Promise<string> {
  await registerByCall(miniProgram, { ...PERSON, accountName });
  const cloud = await storyCloud(miniProgram);
  const person = personIn(cloud, await storyOpenid(miniProgram));
  const photo = await person.upload('material', 'identity.jpg', Uint8Array.from(PHOTO), 'jpeg');
  const submitted = await person.call<RequestSummary>('requests', 'submit', {
    clientRequestId: randomUUID(),
    matterCode: MATTER,
    form: { targetUscc: USCC, scope: 'public', copies: 2 },
    materials: [{ materialCode: 'identity', uploadId: photo }],
    delivery: { method: 'pickup', contact: '陈大文', mobile: { countryCode: '+853', number: '66123456' } },
  });
  const reviewer = await reviewerIn(cloud, 'screens');
  await reviewer.call('requests', 'accept', {
    requestId: submitted.id,
    expectedVersion: (await staffVersion(reviewer, submitted.id)).version,
  });
  const resultUploadId = await reviewer.upload('result', '档案复制件.pdf', PDF, 'pdf');
  await reviewer.call('requests', 'approve', {
    requestId: submitted.id,
    expectedVersion: (await staffVersion(reviewer, submitted.id)).version,
    comment: '准予复制',
    resultUploadId,
  });
  return submitted.id;
}

/**
 * One spec of the request screens (issue 20): an approved request of the story's own person, then
 * its screens in the given review variants and catalog languages. requests-apply.spec.ts walks the
 * journey through the screens; here the request is made through the functions, and each group of
 * variants has a spec file of its own so they run side by side on Jest's workers.
 */
export function requestScreensSpec(
  variantsTitle: string,
  variants: readonly ReviewVariant[],
  locales: readonly (typeof CATALOG_LANGUAGE_VARIANTS)[number]['locale'][],
): void {
  describe(`service requests: the request screens, ${variantsTitle}`, () => {
    story(
      `an approved request, 我的办件, home and the catalog, ${variantsTitle}`,
      async (miniProgram) => {
        const requestId = await approvedRequestOf(miniProgram, 'screens_person');
        const languages = CATALOG_LANGUAGE_VARIANTS.filter((v) => locales.includes(v.locale));
        await saveReviewScreens(miniProgram, requestId, variants, languages);
      },
      LONG_STORY_MS,
    );
  });
}
