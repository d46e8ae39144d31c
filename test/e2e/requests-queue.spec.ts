import { randomUUID } from 'node:crypto';
import type { AgentGrantView } from '../../cloudfunctions/lib/contract/enterprise';
import type { RequestSummary, RequestView } from '../../cloudfunctions/lib/contract/requests';
import { zhCNRequests as tr } from '../../src/i18n/zh-CN-requests';
import { adminIn, personIn, staffVerified, storyCloud } from './support/same-cloud';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';
import {
  withinCold,
  PAGES,
  MATTER,
  USCC,
  PHOTO,
  PDF,
  LONG_STORY_MS,
  textIs,
  CONFIRM_MODAL,
} from './support/requests-journey';

describe('service requests: the reviewer in the app', () => {
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
      // The applicant's names and the contact they gave are theirs, not codes or text left untranslated.
      await saveScreenVariants(miniProgram, 'staff-request', { personData: ['applicant_queue'] });

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
      // The matters a grant covers by name, never by code.
      expect(await textOf(grants, '.staff-grants__matters')).not.toContain(MATTER);
      // The agent's account name is theirs, not a code.
      await saveScreenVariants(miniProgram, 'staff-grants-pending', { personData: ['applicant_queue'] });
      await tap(grants, 'button.staff-grants__approve');
      await withinCold('the grant to leave the pending list', () => grants.$('.staff-grants__empty'));
      const mine = await applicant.call<AgentGrantView[]>('requests', 'myGrants', {});
      expect(mine.map((g) => [g.status, g.current])).toEqual([['approved', true]]);
    },
    LONG_STORY_MS,
  );
});
