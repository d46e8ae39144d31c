/**
 * Publishing a new agreement version through the real SDK: who may, what is refused, the notices
 * before it takes effect, and consent following the publication once its time has come.
 */
import type { Person } from '../account/account-cloud';
import { ALICE, BOB, CONSENT, STAFF } from '../account/account-cloud';
import type { ConsentStatusOutput, RecordConsentOutput } from '../../../cloudfunctions/lib/contract/consent';
import type {
  CurrentPoliciesOutput,
  PublicationsOutput,
  UpcomingPoliciesOutput,
} from '../../../cloudfunctions/lib/contract/policy';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import { CURRENT_POLICIES } from '../../../policies/generated';
import fixtureManifest from '../../fixtures/policies/manifest.json';
import { manifestHash, publishPolicy } from '../../../scripts/staff/publish-policy';
import { FIXTURE_POLICIES_DIR } from '../../../scripts/policies/fixture-policies';
import { usePublicationCloud } from './publication-cloud';
import { setRoles } from '../../support/set-roles';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = usePublicationCloud();
const DAY = 86_400_000;

/** The fixture's second agreement version (test/fixtures/policies), with the hash of its text. */
const { version: v1Version, sha256: v1Sha256 } = CURRENT_POLICIES['user-agreement'];
const V1 = { version: v1Version, sha256: v1Sha256 };
const [fixture] = fixtureManifest;
const V2 = { version: fixture?.version ?? '', sha256: fixture?.sha256 ?? '' };
const CAROL: Person = {
  openid: 'oCarol000001',
  accountName: 'carol_leaves',
  password: 'Leaving-Soon-7',
  realName: '何嘉欣',
  mobile: { countryCode: '+86', number: '13900001111' },
  document: { type: 'resident-id', number: '44040219850615123X' },
};
/** Agreed at the launch gate, never registered: told on the home page, not in an inbox. */
const GUEST = 'oGuestOnly001';

const publishV2 = (effective: string) => ({ documentId: 'user-agreement', ...V2, effective });
const grant = (ref: { version: string; sha256: string }, channel = 'reconsent') => ({
  documents: [{ id: 'user-agreement', ...ref }],
  purposes: ['basic-service'],
  channel,
});

describe('publishing a new agreement version (real SDK, local cloud)', () => {
  const env = `publish-${Date.now().toString(36)}`;
  const register = async (p: Person) => {
    const { openid, ...rest } = p;
    await t.data(env, openid, 'account', 'register', { ...rest, consent: CONSENT, documentConsent: true });
  };

  beforeAll(async () => {
    t.setClockOffset(0);
    for (const person of [ALICE, BOB, CAROL, STAFF]) await register(person);
    await t.data(env, GUEST, 'consent', 'grant', {
      documents: CONSENT,
      purposes: ['basic-service'],
      channel: 'launch-gate',
    });
    // Roles are data; the first admin comes from the console (scripts/staff).
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff', 'admin', 'publisher']);
    // Carol closes her account (no cooling-off in this test environment).
    await t.data(env, CAROL.openid, 'account', 'requestCancellation', { password: CAROL.password });
    await t.data(env, STAFF.openid, 'account', 'closeDueCancellations');
  }, 90_000);
  afterAll(() => t.setClockOffset(0));

  it('is refused to anyone without the publisher or admin role, and to no one signed in', async () => {
    expect(await t.call(env, ALICE.openid, 'policy', 'publish', publishV2('2099-01-01'))).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.FORBIDDEN' },
    });
    expect(await t.call(env, GUEST, 'policy', 'publish', publishV2('2099-01-01'))).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.NOT_SIGNED_IN' },
    });
    expect(await t.call(env, ALICE.openid, 'policy', 'publications')).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.FORBIDDEN' },
    });
    expect(await t.find(env, COLLECTIONS.policyVersions)).toEqual([]);
  });

  it.each([
    ['an unknown document', { ...publishV2('2099-01-01'), documentId: 'cookie-policy' }, 'POLICY.DOCUMENT_UNKNOWN'],
    ['a version the build lacks', { ...publishV2('2099-01-01'), version: '2030-01-01' }, 'POLICY.VERSION_NOT_IN_BUILD'],
    ['another text', { ...publishV2('2099-01-01'), sha256: 'f'.repeat(64) }, 'POLICY.HASH_MISMATCH'],
    ['an effective day in the past', publishV2('2020-01-01'), 'POLICY.EFFECTIVE_IN_PAST'],
    ['an effective time in the past', publishV2('2026-01-01T08:00:00+08:00'), 'POLICY.EFFECTIVE_IN_PAST'],
    [
      'the version in force',
      { ...publishV2('2099-01-01'), version: V1.version, sha256: V1.sha256 },
      'POLICY.VERSION_NOT_NEWER',
    ],
    ['no effective date', { documentId: 'user-agreement', ...V2 }, 'REQUEST.INVALID_INPUT'],
    ['a day that does not exist', publishV2('2027-02-30'), 'REQUEST.INVALID_INPUT'],
    ['an unknown key', { ...publishV2('2099-01-01'), publishedBy: 'someone' }, 'REQUEST.INVALID_INPUT'],
  ])('refuses %s with a stable code and writes nothing', async (_label, input, code) => {
    const result = await t.call(env, STAFF.openid, 'policy', 'publish', input);
    expect(result).toEqual({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    expect(await t.find(env, COLLECTIONS.policyVersions)).toEqual([]);
  });

  describe('scheduled for tomorrow', () => {
    const tomorrow = shanghaiDate(Date.now() + DAY);

    it('is recorded, audited and announced to every registered account, in batches, before it applies', async () => {
      // As `npm run staff -- publish-policy` does it: the hash from the files, then batch after batch.
      const log: string[] = [];
      const published = await publishPolicy(
        (action, input) => t.call(env, STAFF.openid, 'policy', action, input),
        { document: 'user-agreement', version: V2.version, effective: tomorrow },
        manifestHash('user-agreement', V2.version, FIXTURE_POLICIES_DIR),
        (line) => log.push(line),
      );
      expect(log.filter((line) => line.startsWith('notices:'))).toEqual([
        'notices: 2 sent',
        'notices: 3 sent',
        'notices: done, 3 registered accounts told',
      ]);
      expect(published.inEffect).toBe(false);
      expect(published.publication).toMatchObject({
        id: 'user-agreement',
        version: V2.version,
        effectiveDate: tomorrow,
        effectiveAt: new Date(`${tomorrow}T00:00:00+08:00`).toISOString(),
        reconsentRequired: true,
        notices: { sent: 2, done: false },
      });
      expect(await t.call(env, STAFF.openid, 'policy', 'publish', publishV2(tomorrow))).toMatchObject({
        ok: false,
        error: { code: 'POLICY.VERSION_NOT_NEWER' },
      });

      const [staff] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: STAFF.accountName });
      const audit = await t.find(env, COLLECTIONS.auditLog, { action: 'policy.publish' });
      expect(audit).toEqual([expect.objectContaining({ actor: staff?._id, target: `user-agreement@${V2.version}` })]);

      const notices = await t.find<{ accountId: string; title: string; body: string; page: string }>(
        env,
        COLLECTIONS.messages,
        {
          kind: 'policy.published',
        },
      );
      const accounts = await t.find<{ _id: string; accountName: string; statusState: string }>(
        env,
        COLLECTIONS.accounts,
      );
      const told = accounts.filter((a) => a.statusState !== 'cancelled').map((a) => a._id);
      expect(told).toHaveLength(3);
      expect(notices.map((n) => n.accountId).sort()).toEqual(told.sort());
      const carol = accounts.find((a) => a.statusState === 'cancelled');
      expect(carol).toBeDefined();
      expect(notices.some((n) => n.accountId === carol?._id)).toBe(false);
      for (const notice of notices) {
        expect(notice.title).toContain(tomorrow);
        expect(notice.body).toContain('第10.2条增加通知期限');
        expect(notice.page).toBe(`/packages/privacy/pages/policy/index?id=user-agreement&version=${V2.version}`);
      }

      const list = await t.data<PublicationsOutput>(env, STAFF.openid, 'policy', 'publications');
      expect(list.publications).toEqual([
        expect.objectContaining({ version: V2.version, notices: { sent: 3, done: true } }),
      ]);
    });

    it('leaves the current version in force until then, and says what is coming to anyone', async () => {
      const current = await t.data<CurrentPoliciesOutput>(env, '', 'policy', 'current');
      expect(current.policies.find((p) => p.id === 'user-agreement')?.version).toBe(V1.version);
      const upcoming = await t.data<UpcomingPoliciesOutput>(env, '', 'policy', 'upcoming');
      expect(upcoming.policies.map((p) => [p.id, p.version, p.effectiveDate])).toEqual([
        ['user-agreement', V2.version, tomorrow],
      ]);

      const status = await t.data<ConsentStatusOutput>(env, ALICE.openid, 'consent', 'status');
      expect(status.accepted).toBe(true);
      expect(await t.call(env, ALICE.openid, 'consent', 'grant', grant(V2))).toMatchObject({
        ok: false,
        error: { code: 'CONSENT.VERSION_NOT_IN_EFFECT' },
      });
    });

    it('takes effect at its time: the old version is stale, the new one is asked for and granted', async () => {
      t.setClockOffset(2 * DAY);
      const current = await t.data<CurrentPoliciesOutput>(env, '', 'policy', 'current');
      expect(current.policies.find((p) => p.id === 'user-agreement')).toMatchObject({
        version: V2.version,
        sha256: V2.sha256,
        effectiveDate: tomorrow,
      });
      expect((await t.data<UpcomingPoliciesOutput>(env, '', 'policy', 'upcoming')).policies).toEqual([]);

      for (const openid of [ALICE.openid, GUEST]) {
        const status = await t.data<ConsentStatusOutput>(env, openid, 'consent', 'status');
        expect(status.accepted).toBe(false);
        expect(status.documents.find((d) => d.id === 'user-agreement')).toMatchObject({
          state: 'outdated',
          grantedVersion: V1.version,
          currentVersion: V2.version,
          needsConsent: true,
        });
      }

      expect(await t.call(env, ALICE.openid, 'consent', 'grant', grant(V1))).toMatchObject({
        ok: false,
        error: { code: 'CONSENT.VERSION_STALE' },
      });
      expect(
        await t.call(env, ALICE.openid, 'consent', 'grant', grant({ ...V2, sha256: 'a'.repeat(64) })),
      ).toMatchObject({ ok: false, error: { code: 'CONSENT.HASH_MISMATCH' } });
      const again = await t.data<RecordConsentOutput>(env, ALICE.openid, 'consent', 'grant', grant(V2));
      expect(again.receipts.map((r) => [r.subject.version, r.channel])).toEqual([[V2.version, 'reconsent']]);
      expect((await t.data<ConsentStatusOutput>(env, ALICE.openid, 'consent', 'status')).accepted).toBe(true);
    });

    it('makes new registrations agree to the version in force', async () => {
      const { openid, ...rest } = BOB;
      const old = await t.call(env, `${openid}x`, 'account', 'register', {
        ...rest,
        accountName: 'late_comer',
        consent: CONSENT,
        documentConsent: true,
      });
      expect(old).toMatchObject({ ok: false, error: { code: 'ACCOUNT.CONSENT_REQUIRED' } });
    });
  });
});
