import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { ConsentStatusOutput } from '../../cloudfunctions/lib/contract/consent';
import { cloudFunction } from './support/cloud-functions';
import { tap } from './support/interact';
import { PAGES } from './support/routes';
import { PERSON, registerByCall } from './support/register';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';

const PRIVACY_CENTER = 'packages/privacy/pages/center/index';
const FEEDBACK_PAGE = 'packages/feedback/pages/index/index';
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/** First launch: tick, agree; then an account, as the register page makes one (the build's versions, in force until one is published). */
async function memberWithAccount(miniProgram: MiniProgram): Promise<void> {
  const gate = await onPage(miniProgram, PAGES.agreement);
  await tap(gate, '.agreement__tick');
  await tap(gate, 'button.agreement__agree');
  await onPage(miniProgram, PAGES.home);
  await registerByCall(miniProgram, { ...PERSON, accountName: 'consent_person' });
}

describe('consent enforced by the cloud', () => {
  story(
    'withdrawn in the privacy center, a service is refused and the person is led back to agreeing',
    async (miniProgram) => {
      await memberWithAccount(miniProgram);
      const feedback = cloudFunction(miniProgram, 'feedback');
      expect(await feedback.call('mine', {})).toMatchObject({ ok: true });

      const home = await onPage(miniProgram, PAGES.home);
      await tap(home, '.home__privacy-center');
      const center = await onPage(miniProgram, PRIVACY_CENTER);
      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      try {
        await tap(center, 'button.privacy-center__withdraw');
        await elementOf(await onPage(miniProgram, PAGES.home), '.home__guest');
      } finally {
        await miniProgram.restoreWxMethod('showModal');
      }

      // The cloud refuses at once, whoever asks: the screens are not what keeps the promise.
      const refused = await feedback.call('mine', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT.REQUIRED' } });
      expect(refused.ok ? '' : refused.error.message).toContain('个人信息保护政策');

      // A service the guest can still reach from the privacy center: the refusal leads to the gate.
      const guestHome = await onPage(miniProgram, PAGES.home);
      await tap(guestHome, '.home__privacy-center');
      const guestCenter = await onPage(miniProgram, PRIVACY_CENTER);
      await tap(guestCenter, '.privacy-center__feedback');
      const gate = await onPage(miniProgram, PAGES.agreement);
      const stack = (await miniProgram.pageStack()).map((p) => p.path);
      expect(stack.slice(-2)).toEqual([FEEDBACK_PAGE, PAGES.agreement]);

      // Agreeing again there opens the service again.
      await tap(gate, '.agreement__tick');
      await tap(gate, 'button.agreement__agree');
      await onPage(miniProgram, PAGES.home);
      const status = await cloudFunction(miniProgram, 'consent').call<ConsentStatusOutput>('status', {});
      expect(status).toMatchObject({ ok: true, data: { accepted: true } });
      expect(await feedback.call('mine', {})).toMatchObject({ ok: true });
    },
    120_000,
  );
});
