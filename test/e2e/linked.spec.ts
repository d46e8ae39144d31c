import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { zhCNLinked } from '../../src/i18n/zh-CN-linked';
import { cloudFunction } from './support/cloud-functions';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerInForm } from './support/register';
import { personIn, storyCloud, type CloudPerson } from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

const PAGES = {
  profile: 'packages/account/pages/profile/index',
  signIn: 'packages/account/pages/sign-in/index',
  center: 'packages/privacy/pages/center/index',
  linked: 'packages/account/pages/linked/index',
  web: 'packages/account/pages/linked-web/index',
} as const;

/** The environment where our own provider plays 粤信签 (bridge/outside-provider.ts). */
const OUTSIDE_ENV = 'local';

/** The app-side globals inside evaluate(): only what the hand-over below uses. */
declare const document: { querySelector(selector: string): { src: string } | null };

/** The address the web-view's frame shows. */
const frameSource = function () {
  return document.querySelector('iframe')?.src ?? '';
};

/**
 * The person at the outside platform approves the request the web-view opened (our own provider's
 * approval, as its mini-program consent page sends it), and the platform sends the browser to our
 * callback: web/linked-callback.html, loaded in the web-view, hands code and state to the app.
 */
async function approveAtPlatform(miniProgram: MiniProgram, outside: CloudPerson): Promise<void> {
  await onPage(miniProgram, PAGES.web);
  // The outside platform's own page, shown as it comes: its words and looks are the platform's, not ours to vary.
  await saveScreen(miniProgram, 'linked-web');
  const page = await miniProgram.currentPage();
  const raw = String(page?.query.url ?? '');
  const url = new URL(raw.startsWith('http') ? raw : decodeURIComponent(raw));
  const request = Object.fromEntries(url.searchParams);
  // The web-view opens the platform's page itself, not the query's encoded form as a path of our own.
  const shown = new URL(String(await miniProgram.evaluate(frameSource)));
  expect(`${shown.origin}${shown.pathname}`).toBe(`${url.origin}${url.pathname}`);
  expect(shown.searchParams.get('state')).toBe(request.state);
  expect(request.code_challenge_method).toBe('S256');
  // The frame shows the provider's authorization page (OIDC Core §3.1.2.1), not a JSON error.
  const authorizePage = await fetch(url);
  expect(authorizePage.status).toBe(200);
  expect(authorizePage.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const { redirect } = await outside.call<{ redirect: string }>('oidc', 'approve', { request, termsAccepted: true });
  expect(new URL(redirect).pathname).toBe('/linked-callback.html');
  const handOver = function (to: string) {
    const frame = document.querySelector('iframe');
    if (frame) frame.src = to;
    return frame !== null;
  };
  expect(await miniProgram.evaluate(handOver, redirect)).toBe(true);
}

describe('linked outside accounts (关联账号)', () => {
  story(
    'linking an outside account in the privacy center, then signing in through it',
    async (miniProgram) => {
      await registerInForm(miniProgram);
      // Someone with an account at the outside platform: the same person, known there under another WeChat identity.
      const cloud = await storyCloud(miniProgram);
      const tag = cloud.env.slice(-8);
      const outside = personIn({ serviceUrl: cloud.serviceUrl, env: OUTSIDE_ENV }, `oOutside${tag}`.padEnd(28, '0'));
      await outside.register(`yxq_${tag}`, 100 + (parseInt(tag.slice(0, 4), 16) % 800));

      await miniProgram.navigateTo(`/${PAGES.center}`);
      const center = await onPage(miniProgram, PAGES.center);
      await tap(center, '.privacy-center__linked');
      const listed = await onPage(miniProgram, PAGES.linked);
      await until('the list to load', async () => (await listed.$$('.linked__empty')).length === 1);
      expect(await textOf(listed, '.linked__intro')).toBe(zhCNLinked.intro);
      expect(await textOf(listed, 'button.linked__link')).toContain('粤信签');
      const linked = await saveScreenVariants(miniProgram, 'linked-accounts');

      // The password first, as for every change of how one signs in.
      await tap(linked, 'button.linked__link');
      expect(await textOf(linked, '.linked__error')).toBe(zhCNLinked.passwordNeeded);
      await type(linked, 'input.linked__password', PERSON.password);
      await tap(linked, 'button.linked__link');
      await approveAtPlatform(miniProgram, outside);
      const back = await onPage(miniProgram, PAGES.linked, COLD_FUNCTION_MS);
      const item = await elementOf(back, '.linked__item', COLD_FUNCTION_MS);
      expect(await item.text()).toContain('粤信签');
      await saveScreenVariants(miniProgram, 'linked-accounts-linked');

      const signedOut = await cloudFunction(miniProgram, 'account').call('signOut');
      expect(signedOut.ok).toBe(true);
      await miniProgram.reLaunch(`/${PAGES.signIn}`);
      const signIn = await onPage(miniProgram, PAGES.signIn);
      const button = await elementOf(signIn, 'button.sign-in__linked--yuexinqian');
      expect(await button.text()).toBe(zhCNLinked.signInWith('粤信签'));
      await saveScreenVariants(miniProgram, 'sign-in-linked');
      await button.tap();
      await approveAtPlatform(miniProgram, outside);
      const profile = await onPage(miniProgram, PAGES.profile, COLD_FUNCTION_MS);
      await elementOf(profile, 'button.profile__sign-out', COLD_FUNCTION_MS);
      expect(await cloudFunction(miniProgram, 'account').call('session')).toMatchObject({
        ok: true,
        data: { signedIn: true },
      });
      // The account name reads as a code to the scan: the person's own data.
      await saveScreenVariants(miniProgram, 'signed-in-through-linked', { personData: [PERSON.accountName] });
    },
    180_000,
  );
});
