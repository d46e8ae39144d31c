import { ERROR_MESSAGES } from '../../cloudfunctions/lib/errors/codes';
import { zhCNOidc } from '../../src/i18n/zh-CN-oidc';
import { tap, textOf } from './support/interact';
import { registerInForm } from './support/register';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { onPage, until } from './support/wait';

const PAGES = {
  center: 'packages/privacy/pages/center/index',
  authorized: 'packages/oidc/pages/authorized/index',
  consent: 'packages/oidc/pages/consent/index',
} as const;

/** What WeChat's scanner answers (wx.scanCode success), the only thing mocked, at the WeChat boundary. */
const scanned = (result: string) => ({ result, scanType: 'QR_CODE', charSet: 'UTF-8', errMsg: 'scanCode:ok' });

describe('scan-to-sign-in from inside the app', () => {
  story(
    'the person scans a code: not ours is refused on the spot; a sign-in QR opens its consent page',
    async (miniProgram) => {
      await registerInForm(miniProgram);
      await miniProgram.navigateTo(`/${PAGES.center}`);
      const center = await onPage(miniProgram, PAGES.center);
      await tap(center, '.privacy-center__authorized');
      const list = await onPage(miniProgram, PAGES.authorized);
      expect(await textOf(list, 'button.oidc__scan')).toBe(zhCNOidc.scan.button);
      await saveScreen(miniProgram, 'oidc-scan-entry');

      try {
        await miniProgram.mockWxMethod('scanCode', scanned('https://shop.example.com/item/123'));
        await tap(list, 'button.oidc__scan');
        expect(await textOf(list, '.oidc__scan-error')).toBe(zhCNOidc.scan.notOurs);

        // A service's scan-to-sign-in link, for a session this cloud never started (or long expired).
        await miniProgram.mockWxMethod('scanCode', scanned('https://qyb.example.com/oidc/qr/AbCdEfGhIjKl'));
        await tap(list, 'button.oidc__scan');
        const consent = await onPage(miniProgram, PAGES.consent);
        await until('the server’s answer about that QR', async () => (await consent.$('.oidc__error')) !== null);
        expect(await textOf(consent, '.oidc__error')).toBe(ERROR_MESSAGES['OIDC.REQUEST_INVALID']);
        expect((await miniProgram.currentPage())?.query.q).toContain('AbCdEfGhIjKl');
      } finally {
        await miniProgram.restoreWxMethod('scanCode');
      }
    },
  );
});
