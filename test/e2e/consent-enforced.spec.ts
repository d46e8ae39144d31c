import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { ConsentStatusOutput } from '../../cloudfunctions/lib/contract/consent';
import type { CurrentPoliciesOutput } from '../../cloudfunctions/lib/contract/policy';
import { cloudFunction } from './support/cloud-functions';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';

const PRIVACY_CENTER = 'packages/privacy/pages/center/index';
const FEEDBACK_PAGE = 'packages/feedback/pages/index/index';
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/** First launch: tick, agree; then an account, as the register page makes one (the e2e build's fixture versions). */
async function memberWithAccount(miniProgram: MiniProgram): Promise<void> {
  const gate = await onPage(miniProgram, PAGES.agreement);
  await (await elementOf(gate, '.agreement__tick')).tap();
  await (await elementOf(gate, 'button.agreement__agree')).tap();
  await onPage(miniProgram, PAGES.home);
  const current = await cloudFunction(miniProgram, 'policy').call<CurrentPoliciesOutput>('current', {});
  if (!current.ok) throw new Error(`policy.current: ${current.error.code}`);
  const registered = await cloudFunction(miniProgram, 'account').call('register', {
    accountName: 'consent_person',
    password: 'Hengqin-2026',
    realName: '陈大文',
    mobile: { countryCode: '+853', number: '66123456' },
    document: { type: 'residence-permit', number: '820000200002290021' },
    consent: current.data.policies
      .filter((p) => p.id === 'user-agreement' || p.id === 'privacy-policy')
      .map(({ id, version, sha256 }) => ({ id, version, sha256 })),
    documentConsent: true,
  });
  if (!registered.ok) throw new Error(`register: ${registered.error.code}`);
}

describe('consent enforced by the cloud', () => {
  story(
    'withdrawn in the privacy center, a service is refused and the person is led back to agreeing',
    async (miniProgram) => {
      await memberWithAccount(miniProgram);
      const feedback = cloudFunction(miniProgram, 'feedback');
      expect(await feedback.call('mine', {})).toMatchObject({ ok: true });

      const home = await onPage(miniProgram, PAGES.home);
      await (await elementOf(home, '.home__privacy-center')).tap();
      const center = await onPage(miniProgram, PRIVACY_CENTER);
      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      try {
        await (await elementOf(center, 'button.privacy-center__withdraw')).tap();
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
      await (await elementOf(guestHome, '.home__privacy-center')).tap();
      const guestCenter = await onPage(miniProgram, PRIVACY_CENTER);
      await (await elementOf(guestCenter, '.privacy-center__feedback')).tap();
      const gate = await onPage(miniProgram, PAGES.agreement);
      const stack = (await miniProgram.pageStack()).map((p) => p.path);
      expect(stack.slice(-2)).toEqual([FEEDBACK_PAGE, PAGES.agreement]);

      // Agreeing again there opens the service again.
      await (await elementOf(gate, '.agreement__tick')).tap();
      await (await elementOf(gate, 'button.agreement__agree')).tap();
      await onPage(miniProgram, PAGES.home);
      const status = await cloudFunction(miniProgram, 'consent').call<ConsentStatusOutput>('status', {});
      expect(status).toMatchObject({ ok: true, data: { accepted: true } });
      expect(await feedback.call('mine', {})).toMatchObject({ ok: true });
    },
    120_000,
  );
});
