/**
 * Issue 15, separation of duties, as staff meet it in the app: a reviewer is never offered their
 * own request (another reviewer is), and a push to everyone proposed by one admin goes out only
 * when a second admin approves it on the staff desk, after which a person's inbox has it.
 */
import { randomUUID } from 'node:crypto';
import type { PushJobCreated } from '../../cloudfunctions/lib/contract/notify';
import type { Page as ListPage, QueueItem, RequestSummary } from '../../cloudfunctions/lib/contract/requests';
import { zhCNStaffDesk } from '../../src/i18n/zh-CN-staff-desk';
import { buildJpeg } from '../unit/platform/permissions/jpeg-fixture';
import { tap, textOf, texts } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { adminIn, personIn, storyCloud, storyOpenid, type CloudPerson } from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { COLD_FUNCTION_MS, onPage, until } from './support/wait';

const PAGES = {
  inbox: 'packages/inbox/pages/list/index',
  staffDesk: 'packages/staff/pages/desk/index',
  staffQueue: 'packages/staff/pages/queue/index',
} as const;
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
const MATTER = 'ARCHIVE-COPY';
const PHOTO = Uint8Array.from(buildJpeg({ gps: true, picture: true }));
const LONG_STORY_MS = 180_000;

const withinCold = <T>(what: string, probe: () => Promise<T | null | undefined | false>) =>
  until(what, probe, COLD_FUNCTION_MS);

/** A person's own application for an archive copy, through the functions (the form has its own stories). */
async function applyAsPerson(person: CloudPerson, serial: number): Promise<RequestSummary> {
  const photo = await person.upload('material', 'identity.jpg', PHOTO, 'jpeg');
  return person.call<RequestSummary>('requests', 'submit', {
    clientRequestId: randomUUID(),
    matterCode: MATTER,
    form: { targetUscc: '91350100M000100Y43', scope: 'public', copies: 1 },
    materials: [{ materialCode: 'identity', uploadId: photo }],
    delivery: { method: 'pickup', contact: '李申请', mobile: { countryCode: '+853', number: `66000${serial}` } },
  });
}

describe('separation of duties on the staff desk', () => {
  story(
    'a reviewer’s own request is not offered to them; another reviewer sees it',
    async (miniProgram) => {
      await registerByCall(miniProgram, { ...PERSON, accountName: 'reviewer_own' });
      const cloud = await storyCloud(miniProgram);
      const admin = await adminIn(cloud, 'own');
      await admin.grant('reviewer_own', ['staff', 'reviewer']);
      const other = personIn(cloud, 'oReviewerOther'.padEnd(28, '0'));
      await other.register('reviewer_other', 905);
      await admin.grant('reviewer_other', ['staff', 'reviewer']);

      // The story's reviewer applies as a person; so does someone else.
      const own = await applyAsPerson(personIn(cloud, await storyOpenid(miniProgram)), 906);
      const applicant = personIn(cloud, 'oApplicantOwn'.padEnd(28, '0'));
      await applicant.register('applicant_own', 907);
      const theirs = await applyAsPerson(applicant, 907);

      await miniProgram.navigateTo(`/${PAGES.staffQueue}`);
      const queue = await onPage(miniProgram, PAGES.staffQueue);
      await withinCold('the queue', () => queue.$('.queue__item'));
      const shown = await texts(queue, '.queue__item');
      expect(shown).toHaveLength(1);
      expect(shown[0]).toContain(theirs.number);
      expect(shown.join(' ')).not.toContain(own.number);
      await saveScreenVariants(miniProgram, 'queue-without-own-request');

      const seen = await other.call<ListPage<QueueItem>>('requests', 'queue', { matterCode: MATTER });
      expect(seen.items.map((i) => i.id).sort()).toEqual([own.id, theirs.id].sort());
    },
    LONG_STORY_MS,
  );

  story(
    'a push to everyone proposed by one admin, approved on the desk by a second, reaches a person’s inbox',
    async (miniProgram) => {
      await registerByCall(miniProgram, { ...PERSON, accountName: 'admin_in_app' });
      const cloud = await storyCloud(miniProgram);
      const admin = await adminIn(cloud, 'everyone');
      await admin.grant('admin_in_app', ['staff', 'admin']);
      const job = await admin.call<PushJobCreated>('notify', 'createPushJob', {
        title: '系统维护通知',
        body: '周六 02:00–04:00 系统升级，暂停线上办理。',
        kind: 'staff.push',
        audience: { type: 'everyone' },
      });
      expect(job.proposalId).not.toBeNull();
      // Not sendable by the proposer before a second admin approves.
      await expect(admin.call('notify', 'runPushJob', { jobId: job.jobId })).rejects.toThrow('NOTIFY.NOT_APPROVED');

      await miniProgram.navigateTo(`/${PAGES.staffDesk}`);
      const desk = await onPage(miniProgram, PAGES.staffDesk);
      await withinCold('the approval', () => desk.$('.desk__approval-body'));
      expect(await textOf(desk, '.desk__approval-what')).toBe(
        zhCNStaffDesk.desk.approvals.push
          .replace('{count}', String(job.audienceSize))
          .replace('{title}', '系统维护通知'),
      );
      expect(await textOf(desk, '.desk__approval-body')).toBe('周六 02:00–04:00 系统升级，暂停线上办理。');
      // The proposer's account name (adminIn's `admin_<tag>`) is what staff see of who proposed it.
      await saveScreenVariants(miniProgram, 'desk-push-waiting-approval', { personData: ['admin_everyone'] });
      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      try {
        await tap(desk, '.desk__approve');
        await withinCold('the push approved and sent', async () => (await desk.$('.desk__approval')) === null);
      } finally {
        await miniProgram.restoreWxMethod('showModal');
      }

      // Registered by a call, not through the first launch: straight to the inbox, not by home.
      await miniProgram.reLaunch(`/${PAGES.inbox}`);
      const inbox = await onPage(miniProgram, PAGES.inbox);
      await withinCold('the message', () => inbox.$('.inbox__message-title'));
      const titles = await texts(inbox, '.inbox__message-title');
      expect(titles).toContain('系统维护通知');
    },
    LONG_STORY_MS,
  );
});
