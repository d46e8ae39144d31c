import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { MyFeedbackOutput } from '../../cloudfunctions/lib/contract/feedback';
import type { MyUploadsOutput } from '../../cloudfunctions/lib/contract/files';
import { stripJpegGps } from '../../src/platform/permissions/exif-gps';
import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import { zhCNFeedback } from '../../src/i18n/zh-CN-feedback';
import { zhCNUploads } from '../../src/i18n/zh-CN-uploads';
import { LATITUDE, buildJpeg, indexOf } from '../unit/platform/permissions/jpeg-fixture';
import { cloudFunction } from './support/cloud-functions';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

/** Uploads and submits reach cold function instances (stories start at once). */
const withinCold = <T>(what: string, probe: () => Promise<T | null | undefined | false>) =>
  until(what, probe, COLD_FUNCTION_MS);

const FEEDBACK_PAGE = 'packages/feedback/pages/index/index';
const PRIVACY_CENTER = 'packages/privacy/pages/center/index';
const MY_UPLOADS = 'packages/privacy/pages/uploads/index';
/** The person confirms in WeChat's dialog (mocked: it cannot exist here). */
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/** A photo as a phone takes it: EXIF with the GPS position of Hengqin. */
const PHOTO = buildJpeg({ gps: true, picture: true });
/** The latitude's seconds as the EXIF rational stores them (little-endian numerator). */
const LATITUDE_SECONDS = [LATITUDE[2]! & 0xff, LATITUDE[2]! >> 8, 0, 0, 100, 0, 0, 0];

/** WeChat's album sheet answering with that photo: its bytes as a blob URL stand in for the temp path. */
const CHOOSE_PHOTO = `function (option, bytes) {
  const data = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([data], { type: 'image/jpeg' }));
  return { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: [{ tempFilePath: url, size: data.length, fileType: 'image' }] };
}`;
/** The microphone was refused before, and the person says "later" to the settings page. */
const MICROPHONE_REFUSED = `function () {
  return { errMsg: 'getSetting:ok', authSetting: { 'scope.record': false } };
}`;
const DECLINE_SETTINGS = `function () {
  return { errMsg: 'showModal:ok', confirm: false, cancel: true };
}`;
const AUTH_DENY = `function () {
  return { errMsg: 'authorize:fail auth deny' };
}`;

/** Signs the story's own person up (as the app does, through the account function) and opens feedback. */
async function feedbackPage(miniProgram: MiniProgram): Promise<Page> {
  await registerByCall(miniProgram, { ...PERSON, accountName: 'feedback_person' });
  await miniProgram.navigateTo(`/${FEEDBACK_PAGE}`);
  const page = await onPage(miniProgram, FEEDBACK_PAGE);
  await elementOf(page, '.feedback__mine');
  return page;
}

async function write(page: Page, text: string): Promise<void> {
  await type(page, 'input.feedback__text', text);
}

async function submitAndSeeListed(page: Page, text: string): Promise<void> {
  await tap(page, 'button.feedback__submit');
  await withinCold(
    'the feedback in my list',
    async () => (await (await page.$('.feedback__item-text'))?.text()) === text,
  );
}

/** The stored photo of my only feedback, read back from cloud storage through its temp URL. */
async function storedPhoto(miniProgram: MiniProgram): Promise<Uint8Array> {
  const mine = await cloudFunction(miniProgram, 'feedback').call<MyFeedbackOutput>('mine');
  if (!mine.ok) throw new Error(`mine: ${mine.error.code}`);
  const url = mine.data.items[0]?.photos[0]?.url;
  if (!url) throw new Error('no stored photo');
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

async function addPhoto(miniProgram: MiniProgram, page: Page, outcome: 'removed' | 'kept'): Promise<void> {
  await miniProgram.mockWxMethod('chooseMedia', CHOOSE_PHOTO, Array.from(PHOTO));
  await tap(page, '.feedback__add-album');
  await withinCold(
    `a photo (location ${outcome})`,
    async () => (await page.$(`.feedback__photo--${outcome}`)) !== null,
  );
}

describe('uploads through the feedback page', () => {
  story('a photo is stored without its location by default', async (miniProgram) => {
    const page = await feedbackPage(miniProgram);
    expect(await textOf(page, '.feedback__location-notice')).toBe(zhCNFeedback.locationNotice);
    expect(indexOf(PHOTO, LATITUDE_SECONDS)).toBeGreaterThan(0);

    await addPhoto(miniProgram, page, 'removed');
    await write(page, '拍到的办事大厅指引牌有错别字');
    await submitAndSeeListed(page, '拍到的办事大厅指引牌有错别字');

    const stored = await storedPhoto(miniProgram);
    expect(Array.from(stored.subarray(0, 3))).toEqual([0xff, 0xd8, 0xff]);
    expect(stripJpegGps(stored).outcome).toBe('none');
    expect(indexOf(stored, LATITUDE_SECONDS)).toBe(-1);
    // Exactly the photo with its GPS directory removed on the phone: nothing else changed.
    expect(Buffer.compare(Buffer.from(stored), Buffer.from(stripJpegGps(PHOTO).bytes))).toBe(0);
  });

  story('a photo keeps its location when the person chooses so', async (miniProgram) => {
    const page = await feedbackPage(miniProgram);
    await tap(page, '.feedback__keep-location');
    await elementOf(page, '.feedback__keep-location--on');

    await addPhoto(miniProgram, page, 'kept');
    await write(page, '照片里保留了拍摄地点');
    await submitAndSeeListed(page, '照片里保留了拍摄地点');

    const stored = await storedPhoto(miniProgram);
    expect(stripJpegGps(stored).outcome).toBe('removed');
    expect(Buffer.compare(Buffer.from(stored), Buffer.from(PHOTO))).toBe(0);
  });

  story('refusing the microphone turns off voice only: the feedback still goes', async (miniProgram) => {
    await miniProgram.mockWxMethod('getSetting', MICROPHONE_REFUSED);
    await miniProgram.mockWxMethod('showModal', DECLINE_SETTINGS);
    await miniProgram.mockWxMethod('authorize', AUTH_DENY);
    const page = await feedbackPage(miniProgram);

    await tap(page, '.feedback__record');
    const off = await elementOf(page, '.feedback__voice-off');
    expect(await off.text()).toContain(zhCNPackages.permissions.items.microphone.refusal);
    expect(await page.$('.feedback__record')).toBeNull();
    expect(await page.$('.feedback__add-album')).not.toBeNull();

    await tap(page, '.feedback__category--privacy');
    await write(page, '麦克风只用于留言语音，我不想开启');
    await submitAndSeeListed(page, '麦克风只用于留言语音，我不想开启');
    const mine = await cloudFunction(miniProgram, 'feedback').call<MyFeedbackOutput>('mine');
    expect(mine.ok && mine.data.items).toEqual([
      expect.objectContaining({
        category: 'privacy',
        text: '麦克风只用于留言语音，我不想开启',
        voice: null,
        photos: [],
      }),
    ]);
  });

  story(
    'a person deletes their upload in 我上传的文件 after confirming, and the list is empty',
    async (miniProgram) => {
      const page = await feedbackPage(miniProgram);
      await addPhoto(miniProgram, page, 'removed');
      // What the cloud holds for this person: the one checked upload the screen must list.
      const mine = async () => {
        const result = await cloudFunction(miniProgram, 'files').call<MyUploadsOutput>('myUploads', {});
        if (!result.ok) throw new Error(`myUploads: ${result.error.code}`);
        return result.data.items;
      };
      const [upload] = await withinCold('the upload checked', async () => {
        const items = await mine();
        return items.length === 1 && items;
      });

      await miniProgram.navigateTo(`/${PRIVACY_CENTER}`);
      const center = await onPage(miniProgram, PRIVACY_CENTER);
      expect(await (await elementOf(center, '.privacy-center__uploads')).text()).toContain(zhCNUploads.entry);
      await (await elementOf(center, '.privacy-center__uploads')).tap();
      const listed = await onPage(miniProgram, MY_UPLOADS);
      await withinCold('my upload listed', async () => (await listed.$('.my-uploads__item')) !== null);
      expect(await (await elementOf(listed, '.my-uploads__name')).text()).toBe(upload?.name);
      expect(await (await elementOf(listed, '.my-uploads__meta')).text()).toContain(zhCNUploads.purposes.feedback);
      const uploads = await saveScreenVariants(miniProgram, 'my-uploads');

      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      try {
        await (await elementOf(uploads, 'button.my-uploads__remove')).tap();
        await withinCold('the list emptied', async () => (await uploads.$('.my-uploads__empty')) !== null);
      } finally {
        await miniProgram.restoreWxMethod('showModal');
      }
      expect(await uploads.$$('.my-uploads__item')).toHaveLength(0);
      expect(await (await elementOf(uploads, '.my-uploads__empty')).text()).toBe(zhCNUploads.empty);
      expect(await mine()).toEqual([]);
      await saveScreenVariants(miniProgram, 'my-uploads-empty');
    },
  );
});
