/**
 * A request brought by another mini-program (navigateToMiniProgram): served only when the appid
 * WeChat gives as the referrer is one the service registered; otherwise refused, and the calling
 * mini-program is told `unauthorized_client` (RFC 6749 §4.1.2.1). Real SDK, openid-client.
 */
import { OAUTH_ERROR_OF } from '../../../cloudfunctions/lib/contract/oidc';
import { ALICE, SERVICE_ARGS, oidcCloud } from './oidc-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const o = oidcCloud();
const REDIRECT = 'https://mp.example.com/cb';
const OWN_APP = 'wx0123456789abcdef';
const OTHER_APP = 'wxfedcba9876543210';

describe('oidc: the calling mini-program must be the registered one (real SDK)', () => {
  let mp: { id: string; secret: string };
  let web: { id: string; secret: string };

  beforeAll(async () => {
    await o.setUp();
    mp = await o.addClient([...SERVICE_ARGS(REDIRECT, 'openid'), '--mini-program-appid', OWN_APP]);
    web = await o.addClient(SERVICE_ARGS(REDIRECT, 'openid'));
  }, 60_000);

  async function requestOf(c: { id: string; secret: string }) {
    const config = await o.discover(c.id, c.secret);
    const approved = await o.approve(config, REDIRECT, 'openid');
    return approved.request;
  }

  it('the registered mini-program gets the code and state back for navigateBackMiniProgram', async () => {
    const request = await requestOf(mp);
    const shown = await o.call(ALICE.openid, 'request', { ...request, referrerAppId: OWN_APP });
    expect(shown).toMatchObject({ ok: true });
    const approved = await o.call<{ code: string; state: string; redirect: string }>(ALICE.openid, 'approve', {
      request,
      termsAccepted: true,
      referrerAppId: OWN_APP,
    });
    if (!approved.ok) throw new Error(approved.error.code);
    expect(approved.data.state).toBe('st-2');
    expect(new URL(approved.data.redirect).searchParams.get('code')).toBe(approved.data.code);
  });

  it('another mini-program naming that client, or a web-only client, is refused with unauthorized_client', async () => {
    const cases = [
      [await requestOf(mp), OTHER_APP],
      [await requestOf(web), OWN_APP],
    ] as const;
    const before = (await o.t.find(o.env(), COLLECTIONS.oidcAuthorizations, {})).length;
    for (const [request, referrerAppId] of cases) {
      for (const [action, input] of [
        ['request', { ...request, referrerAppId }],
        ['approve', { request, termsAccepted: true, referrerAppId }],
      ] as const) {
        const refused = await o.call(ALICE.openid, action, input);
        expect(refused).toMatchObject({ ok: false, error: { code: 'OIDC.CALLER_MISMATCH' } });
        if (!refused.ok) expect(OAUTH_ERROR_OF[refused.error.code]).toBe('unauthorized_client');
      }
    }
    // The refused approvals recorded no authorization (and so issued no code).
    expect(await o.t.find(o.env(), COLLECTIONS.oidcAuthorizations, {})).toHaveLength(before);
  });

  it('a malformed referrer appid is refused as invalid input', async () => {
    const request = await requestOf(mp);
    const refused = await o.call(ALICE.openid, 'approve', { request, termsAccepted: true, referrerAppId: 'evil' });
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.error.code).not.toBe('OIDC.CALLER_MISMATCH');
  });
});
