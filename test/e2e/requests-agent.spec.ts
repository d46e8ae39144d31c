import type { AgentGrantView } from '../../cloudfunctions/lib/contract/enterprise';
import type { Page as ListPage } from '../../cloudfunctions/lib/contract/requests';
import { zhCNRequests as tr } from '../../src/i18n/zh-CN-requests';
import { personIn, reviewerIn, staffVerified, storyCloud, storyOpenid } from './support/same-cloud';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';
import {
  withinCold,
  PAGES,
  MATTER,
  USCC,
  PHOTO,
  CHOOSE_PHOTO,
  LONG_STORY_MS,
  textIs,
  openApplication,
  next,
  fillForm,
  addIdentityPhoto,
  submitAndArrive,
  myOnlyRequest,
} from './support/requests-journey';

describe('service requests: an enterprise agent', () => {
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
});
