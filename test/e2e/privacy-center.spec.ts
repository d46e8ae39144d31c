import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { ConsentStatusOutput } from '../../cloudfunctions/lib/contract/consent';
import { zhCN } from '../../src/i18n/zh-CN';
import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import { cloudFunction } from './support/cloud-functions';
import { tap } from './support/interact';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';
import { receiptCode } from '../../src/features/consent/receipt-code';

const PRIVACY_CENTER = 'packages/privacy/pages/center/index';
const LAUNCH_DOCUMENTS = ['user-agreement', 'privacy-policy'] as const;
const SHA256 = /[0-9a-f]{64}/;
const RECEIPT_CODE = /[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/;
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

/** First launch: tick, agree, and land home as a member. */
async function agreeOnLaunch(miniProgram: MiniProgram): Promise<Page> {
  const page = await onPage(miniProgram, PAGES.agreement);
  await tap(page, '.agreement__tick');
  await tap(page, 'button.agreement__agree');
  return onPage(miniProgram, PAGES.home);
}

/** From home, through the home page's own entry. */
async function openPrivacyCenter(miniProgram: MiniProgram, home: Page): Promise<Page> {
  await tap(home, '.home__privacy-center');
  return onPage(miniProgram, PRIVACY_CENTER);
}

describe('the privacy center', () => {
  story('shows the consent I gave on first launch, with receipts and an intact ledger', async (miniProgram) => {
    const home = await agreeOnLaunch(miniProgram);
    const center = await openPrivacyCenter(miniProgram, home);

    for (const id of LAUNCH_DOCUMENTS) {
      expect(await center.$(`.privacy-center__doc--${id}`)).not.toBeNull();
      const consent = await elementOf(center, `.privacy-center__consent--${id}`);
      expect(await consent.text()).toContain(zhCNPackages.privacyCenter.state.granted);
      expect(await consent.text()).toContain(zhCNPackages.privacyCenter.agreedAt);
    }
    expect(await center.$('.privacy-center__guest')).toBeNull();
    expect(await center.$('button.privacy-center__withdraw')).not.toBeNull();

    // One grant per document, each with the text's fingerprint and the ledger hash as its receipt.
    const items = await until('the consent history', async () => {
      const found = await center.$$('.privacy-center__history-item');
      return found.length >= LAUNCH_DOCUMENTS.length ? found : null;
    });
    for (const item of items.slice(0, LAUNCH_DOCUMENTS.length)) {
      expect(await item.text()).toContain(zhCNPackages.privacyCenter.actions.grant);
      const receipt = await item.$('.privacy-center__receipt-hash');
      expect(await receipt?.text()).toContain(zhCNPackages.privacyCenter.receipt);
      // A short receipt code, never the 64-character hash (issue 20).
      expect(await receipt?.text()).toMatch(RECEIPT_CODE);
      expect(await receipt?.text()).not.toMatch(SHA256);
      expect(await (await item.$('.privacy-center__receipt-text'))?.text()).toMatch(RECEIPT_CODE);
    }
    const ledger = await cloudFunction(miniProgram, 'consent').call<ConsentStatusOutput>('status', {});
    if (!ledger.ok) throw new Error('consent status failed');
    expect(await (await items[0]?.$('.privacy-center__receipt-hash'))?.text()).toContain(
      receiptCode(ledger.data.head.hash),
    );

    await tap(center, '.privacy-center__verify');
    const verified = await elementOf(center, '.privacy-center__verified--intact');
    expect(await verified.text()).toContain('完整无篡改');
    expect(await center.$('.privacy-center__verified--broken')).toBeNull();
  });

  story('withdraws consent as easily as it was given, leaving a guest who can agree again', async (miniProgram) => {
    const consent = cloudFunction(miniProgram, 'consent');
    const center = await openPrivacyCenter(miniProgram, await agreeOnLaunch(miniProgram));
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    try {
      await tap(center, 'button.privacy-center__withdraw');
      const home = await onPage(miniProgram, PAGES.home);
      expect((await miniProgram.pageStack()).map((p) => p.path)).toEqual([PAGES.home]);
      const notice = await elementOf(home, '.home__guest');
      expect(await (await notice.$('.home__guest-text'))?.text()).toBe(zhCN.home.guestNotice);
    } finally {
      await miniProgram.restoreWxMethod('showModal');
    }

    const withdrawn = await consent.call<ConsentStatusOutput>('status', {});
    if (!withdrawn.ok) throw new Error('consent status failed');
    expect(withdrawn.data.accepted).toBe(false);
    for (const id of LAUNCH_DOCUMENTS) {
      expect(withdrawn.data.documents.find((doc) => doc.id === id)).toMatchObject({ state: 'withdrawn' });
    }

    // The privacy center now treats the person as a guest too.
    const home = await onPage(miniProgram, PAGES.home);
    const guestCenter = await openPrivacyCenter(miniProgram, home);
    await elementOf(guestCenter, '.privacy-center__guest');
    expect(await guestCenter.$('.privacy-center__withdraw')).toBeNull();

    // Asking again is one tap away from home (opened afresh: going back is the documents story's).
    await miniProgram.reLaunch(`/${PAGES.home}`);
    const back = await onPage(miniProgram, PAGES.home);
    await tap(back, '.home__guest-action');
    const again = await onPage(miniProgram, PAGES.agreement);
    await tap(again, '.agreement__tick');
    await tap(again, 'button.agreement__agree');
    const member = await onPage(miniProgram, PAGES.home);
    await until('the guest notice to be gone', async () => (await member.$('.home__guest')) === null);

    const regranted = await consent.call<ConsentStatusOutput>('status', {});
    if (!regranted.ok) throw new Error('consent status failed');
    expect(regranted.data.accepted).toBe(true);
    expect(regranted.data.head.seq).toBeGreaterThan(withdrawn.data.head.seq);
    for (const id of LAUNCH_DOCUMENTS) {
      expect(regranted.data.documents.find((doc) => doc.id === id)).toMatchObject({ state: 'granted' });
    }
  });
});
