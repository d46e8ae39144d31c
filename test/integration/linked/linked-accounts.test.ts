/**
 * Linked outside accounts (policy §7.1) through the real wx-server-sdk: 琴易办 as a relying party to
 * our own OpenID provider (the oidc function, same local cloud) standing in for 粤信签. The outside
 * account is BOB's at the provider; ALICE links it, lists it, signs in through it and unlinks it.
 */
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { BOB } from '../account/account-cloud';
import { ALICE, SERVICE_ARGS, STAFF, oidcCloud } from '../oidc/oidc-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const o = oidcCloud();
const t = o.t;
const REDIRECT = 'https://qyb.example.com/linked/callback';
const STRANGER = 'oStranger0000001';

/** The person at the provider approves the request in the authorization URL; the callback's query. */
async function approveAtProvider(authorizationUrl: string, openid = BOB.openid) {
  const request = Object.fromEntries(new URL(authorizationUrl).searchParams);
  const approved = await o.call<{ redirect: string }>(openid, 'approve', { request, termsAccepted: true });
  if (!approved.ok) throw new Error(approved.error.code);
  const back = new URL(approved.data.redirect);
  return { code: back.searchParams.get('code') as string, state: back.searchParams.get('state') as string };
}

describe('linked outside accounts: 琴易办 as a relying party (real SDK, our provider as the outside one)', () => {
  const env = () => o.env();

  beforeAll(async () => {
    await o.setUp();
    await t.register(env(), BOB);
    await t.signIn(env(), BOB.openid, BOB);
    await t.agree(env(), BOB.openid);
    const svc = await o.addClient(SERVICE_ARGS(REDIRECT, 'openid'));
    process.env.QYB_LINKED_YUEXINQIAN_ISSUER = o.issuer();
    process.env.QYB_LINKED_YUEXINQIAN_CLIENT_ID = svc.id;
    process.env.QYB_LINKED_YUEXINQIAN_CLIENT_SECRET = svc.secret;
    process.env.QYB_LINKED_YUEXINQIAN_REDIRECT_URI = REDIRECT;
    // An instance keeps the environment it started with; in CloudBase, saving a function's env vars
    // redeploys it. Here the same: a newer bundle starts fresh instances with the provider set.
    const now = new Date();
    utimesSync(join(__dirname, '..', '..', '..', 'dist', 'cloudfunctions', 'account', 'index.js'), now, now);
  }, 90_000);

  async function start(openid: string, input: Record<string, unknown>) {
    return t.data<{ authorizationUrl: string }>(env(), openid, 'linkStart', { provider: 'yuexinqian', ...input });
  }
  const link = (p: { openid: string; password: string }) => start(p.openid, { purpose: 'link', password: p.password });

  it('links BOB’s outside account to ALICE, lists it, signs her in through it, and unlinks it', async () => {
    const { authorizationUrl } = await link(ALICE);
    const asked = new URL(authorizationUrl).searchParams;
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(asked.get('redirect_uri')).toBe(REDIRECT);
    const linked = await t.data<{ linked: { id: string } }>(
      env(),
      ALICE.openid,
      'linkFinish',
      await approveAtProvider(authorizationUrl),
    );
    const listed = await t.data<{ items: { id: string; providerName: string }[] }>(env(), ALICE.openid, 'linkList');
    expect(listed.items).toEqual([expect.objectContaining({ id: linked.linked.id, providerName: '粤信签' })]);

    await t.data(env(), ALICE.openid, 'signOut');
    const signIn = await start(ALICE.openid, { purpose: 'sign-in' });
    const signedIn = await t.data<{ profile: { accountName: string } }>(
      env(),
      ALICE.openid,
      'linkFinish',
      await approveAtProvider(signIn.authorizationUrl),
    );
    expect(signedIn.profile.accountName).toBe(ALICE.accountName);
    expect(await t.data(env(), ALICE.openid, 'session')).toMatchObject({ signedIn: true });

    // The WeChat-identity rule of the password sign-in holds here too.
    const elsewhere = await start(STRANGER, { purpose: 'sign-in' });
    const from = await approveAtProvider(elsewhere.authorizationUrl);
    expect(await t.code(env(), STRANGER, 'linkFinish', from)).toBe('ACCOUNT.BOUND_ELSEWHERE');

    const id = linked.linked.id;
    expect(await t.code(env(), ALICE.openid, 'unlink', { id, password: 'Wrong#Pass123' })).toBe(
      'ACCOUNT.PASSWORD_INCORRECT',
    );
    expect(await t.code(env(), ALICE.openid, 'unlink', { id, password: ALICE.password })).toBe('OK');
    expect(await t.data(env(), ALICE.openid, 'linkList')).toMatchObject({ items: [] });
    const after = await start(ALICE.openid, { purpose: 'sign-in' });
    const again = await approveAtProvider(after.authorizationUrl);
    expect(await t.code(env(), ALICE.openid, 'linkFinish', again)).toBe('LINKED.NOT_LINKED');
  });

  it('refuses a wrong state, a replayed callback, a used code, a state finished by another identity, a stale state', async () => {
    const first = await link(ALICE);
    const back = await approveAtProvider(first.authorizationUrl);
    expect(await t.code(env(), ALICE.openid, 'linkFinish', { ...back, state: 'not-our-state' })).toBe(
      'LINKED.STATE_INVALID',
    );
    // The wrong state did not spend the real one.
    expect(await t.code(env(), ALICE.openid, 'linkFinish', back)).toBe('OK');
    expect(await t.code(env(), ALICE.openid, 'linkFinish', back)).toBe('LINKED.STATE_INVALID');
    const second = await link(ALICE);
    const state = new URL(second.authorizationUrl).searchParams.get('state') as string;
    expect(await t.code(env(), ALICE.openid, 'linkFinish', { state, code: back.code })).toBe('LINKED.CODE_REFUSED');
    const third = await link(ALICE);
    const stolen = await approveAtProvider(third.authorizationUrl);
    expect(await t.code(env(), BOB.openid, 'linkFinish', stolen)).toBe('LINKED.STATE_INVALID');
    const fourth = await link(ALICE);
    const late = await approveAtProvider(fourth.authorizationUrl);
    // Ten minutes pass: the state is stale, however good the code.
    await t
      .db(env())
      .collection(COLLECTIONS.linkStates)
      .doc(late.state)
      .update({ data: { expiresAt: 1 } });
    expect(await t.code(env(), ALICE.openid, 'linkFinish', late)).toBe('LINKED.STATE_INVALID');
  });

  it('refuses to bind an outside account already bound to another person, and the database holds one binding', async () => {
    const byStaff = await link(STAFF);
    const back = await approveAtProvider(byStaff.authorizationUrl);
    expect(await t.code(env(), STAFF.openid, 'linkFinish', back)).toBe('LINKED.BOUND_ELSEWHERE');
    const bindings = await t.find<{ accountId: string }>(env(), 'linked_accounts');
    expect(bindings).toHaveLength(1);
    expect(await t.data(env(), STAFF.openid, 'linkList')).toMatchObject({ items: [] });
  });

  it('asks the password again before linking', async () => {
    const result = await t.code(env(), ALICE.openid, 'linkStart', {
      provider: 'yuexinqian',
      purpose: 'link',
      password: 'Wrong#Pass123',
    });
    expect(result).toBe('ACCOUNT.PASSWORD_INCORRECT');
    expect(await t.code(env(), ALICE.openid, 'linkStart', { provider: 'nobody', purpose: 'sign-in' })).toBe(
      'LINKED.PROVIDER_UNKNOWN',
    );
  });
});
