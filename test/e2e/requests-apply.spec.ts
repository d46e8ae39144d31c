import type { Page as ListPage, QueueItem } from '../../cloudfunctions/lib/contract/requests';
import { zhCNRequests as tr } from '../../src/i18n/zh-CN-requests';
import { reviewerIn, storyCloud } from './support/same-cloud';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { story } from './support/story';
import {
  withinCold,
  MATTER,
  PHOTO,
  PDF,
  CHOOSE_PHOTO,
  LOCATION_GRANTED,
  AT_HENGQIN,
  LONG_STORY_MS,
  textIs,
  openApplication,
  next,
  fillForm,
  addIdentityPhoto,
  submitAndArrive,
  myOnlyRequest,
  openRequest,
  staffVersion,
} from './support/requests-journey';

describe('service requests: a person applies', () => {
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
      // The promised date as people read it, through the one formatter (2026年12月7日), not 2026-12-07.
      expect(await textOf(page, '.request__value--promised')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
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
    },
    LONG_STORY_MS,
  );
});
