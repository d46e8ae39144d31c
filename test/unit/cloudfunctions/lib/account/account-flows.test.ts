import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { changePassword } from '../../../../../cloudfunctions/lib/account/change-password';
import { registerAccount } from '../../../../../cloudfunctions/lib/account/register-account';
import { requestCancellation } from '../../../../../cloudfunctions/lib/account/request-cancellation';
import { currentSession, getProfile, signOut } from '../../../../../cloudfunctions/lib/account/session-actions';
import { signIn } from '../../../../../cloudfunctions/lib/account/sign-in';
import { setAccountRoles, setAccountStatus } from '../../../../../cloudfunctions/lib/account/staff-actions';
import { updateProfile } from '../../../../../cloudfunctions/lib/account/update-profile';
import type { ProposalRecord } from '../../../../../cloudfunctions/lib/proposals/proposal.record';
import { CONSENT, ctxFor, memoryDeps, registration } from './memory-deps';

const T0 = new Date('2026-11-29T02:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const OWNER = 'o-owner';
const OTHER = 'o-other';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'OK';
}

async function registered(env: Record<string, string> = {}) {
  const world = memoryDeps(env);
  await registerAccount(registration(), ctxFor(OWNER, T0), world.deps);
  return world;
}

describe('account use cases', () => {
  describe('register', () => {
    it('binds the account to the caller, signs them in and shows only masked data', async () => {
      const { deps, stores, consents } = memoryDeps();
      const out = await registerAccount(registration(), ctxFor(OWNER, T0), deps);
      expect(consents).toEqual([{ openid: OWNER, refs: CONSENT.map((c) => `${c.id}@${c.version}`) }]);
      expect(out.profile).toMatchObject({
        accountName: 'chan_tai_man',
        realName: '**文',
        document: { type: 'residence-permit', number: '8200**********0021', region: 'MO' },
        mobile: { countryCode: '+853', number: '66****56' },
        verification: { level: 'document-checked' },
        status: { state: 'active' },
        roles: ['user'],
      });
      expect(stores.bindings.all()).toEqual([expect.objectContaining({ _id: OWNER, via: 'registration' })]);
      const raw = JSON.stringify(stores.accounts.all());
      for (const secret of ['820000200002290021', '66123456', '陈大文', '2000-02-29'])
        expect(raw).not.toContain(secret);
      expect(stores.accounts.all()[0]?.agreements.map((a) => a.version)).toEqual(CONSENT.map((c) => c.version));
    });

    it.each([
      [
        'a stale agreement',
        { consent: CONSENT.map((c) => ({ ...c, sha256: 'f'.repeat(64) })) },
        'ACCOUNT.CONSENT_REQUIRED',
      ],
      ['a weak password', { password: 'abcdefgh' }, 'ACCOUNT.WEAK_PASSWORD'],
      ['no separate consent for the document number', { documentConsent: false }, 'REQUEST.INVALID_INPUT'],
      [
        'a child under 14',
        { document: { type: 'resident-id', number: '110105201501010017' } },
        'ACCOUNT.GUARDIAN_REQUIRED',
      ],
      [
        'an invalid document',
        { document: { type: 'resident-id', number: '110105194912310021' } },
        'REQUEST.INVALID_INPUT',
      ],
      ['an openid in the input', { openid: 'someone-else' }, 'REQUEST.INVALID_INPUT'],
    ])('refuses %s', async (_label, overrides, code) => {
      const { deps } = memoryDeps();
      expect(await codeOf(registerAccount(registration(overrides), ctxFor(OWNER, T0), deps))).toBe(code);
    });

    it('refuses a second account for the same WeChat identity, name or document', async () => {
      const { deps } = await registered();
      expect(await codeOf(registerAccount(registration({ accountName: 'other_name' }), ctxFor(OWNER, T0), deps))).toBe(
        'ACCOUNT.WECHAT_ALREADY_BOUND',
      );
      expect(await codeOf(registerAccount(registration(), ctxFor(OTHER, T0), deps))).toBe('ACCOUNT.NAME_UNAVAILABLE');
      expect(await codeOf(registerAccount(registration({ accountName: 'other_name' }), ctxFor(OTHER, T0), deps))).toBe(
        'ACCOUNT.DOCUMENT_REGISTERED',
      );
    });
  });

  it('counts "taken" answers per WeChat identity, so registration cannot enumerate accounts', async () => {
    const { deps } = await registered();
    const codes: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      codes.push(await codeOf(registerAccount(registration(), ctxFor(OTHER, at(i)), deps)));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('ACCOUNT.NAME_UNAVAILABLE'));
    expect(codes[10]).toBe('ACCOUNT.TOO_FAST');
  });

  describe('sign in', () => {
    it('lets the bound WeChat identity in', async () => {
      const { deps } = await registered();
      await signOut(ctxFor(OWNER, T0), deps);
      expect((await currentSession(ctxFor(OWNER, T0), deps)).signedIn).toBe(false);
      const out = await signIn(
        { accountName: 'CHAN_tai_man', password: 'Hengqin-2026' },
        ctxFor(OWNER, at(1000)),
        deps,
      );
      expect(out.sessionExpiresAt).toBe(new Date(at(1000).getTime() + 30 * 86_400_000).toISOString());
      expect((await currentSession(ctxFor(OWNER, at(2000)), deps)).signedIn).toBe(true);
    });

    it('refuses another WeChat identity even with the right password, and alerts the owner', async () => {
      const { deps, stores } = await registered();
      expect(
        await codeOf(signIn({ accountName: 'chan_tai_man', password: 'Hengqin-2026' }, ctxFor(OTHER, T0), deps)),
      ).toBe('ACCOUNT.BOUND_ELSEWHERE');
      expect(stores.messages.all()).toEqual([expect.objectContaining({ kind: 'security.sign-in-elsewhere' })]);
      expect(await codeOf(getProfile(ctxFor(OTHER, T0), deps))).toBe('ACCOUNT.NOT_SIGNED_IN');
    });

    it('answers an unknown name exactly like a wrong password', async () => {
      const { deps } = await registered();
      expect(await codeOf(signIn({ accountName: 'nobody_here', password: 'x' }, ctxFor(OWNER, T0), deps))).toBe(
        'ACCOUNT.CREDENTIALS_INVALID',
      );
      expect(await codeOf(signIn({ accountName: 'chan_tai_man', password: 'x' }, ctxFor(OWNER, T0), deps))).toBe(
        'ACCOUNT.CREDENTIALS_INVALID',
      );
    });

    it('locks after five failures, then lets the right password in once the lock expires', async () => {
      const { deps } = await registered({ QYB_LOGIN_LOCK_SECONDS: '60' });
      const codes = [];
      for (let i = 0; i < 5; i += 1) {
        codes.push(
          await codeOf(signIn({ accountName: 'chan_tai_man', password: `wrong-${i}` }, ctxFor(OWNER, at(i)), deps)),
        );
      }
      expect(codes).toEqual([...Array(4).fill('ACCOUNT.CREDENTIALS_INVALID'), 'ACCOUNT.LOCKED']);
      expect(
        await codeOf(
          signIn({ accountName: 'chan_tai_man', password: 'Hengqin-2026' }, ctxFor(OWNER, at(30_000)), deps),
        ),
      ).toBe('ACCOUNT.LOCKED');
      expect(
        await codeOf(
          signIn({ accountName: 'chan_tai_man', password: 'Hengqin-2026' }, ctxFor(OWNER, at(61_000)), deps),
        ),
      ).toBe('OK');
    });

    it('locks an unknown name the same way (no hint that it does not exist)', async () => {
      const { deps } = await registered();
      let code = '';
      for (let i = 0; i < 5; i += 1)
        code = await codeOf(signIn({ accountName: 'ghost_user', password: 'x' }, ctxFor(OTHER, at(i)), deps));
      expect(code).toBe('ACCOUNT.LOCKED');
    });

    it('makes the person wait between attempts after the free ones', async () => {
      const { deps } = await registered({ QYB_LOGIN_DELAY_MS: '1000' });
      for (let i = 0; i < 3; i += 1)
        await codeOf(signIn({ accountName: 'chan_tai_man', password: 'x' }, ctxFor(OWNER, at(0)), deps));
      expect(await codeOf(signIn({ accountName: 'chan_tai_man', password: 'x' }, ctxFor(OWNER, at(500)), deps))).toBe(
        'ACCOUNT.TOO_FAST',
      );
      expect(await codeOf(signIn({ accountName: 'chan_tai_man', password: 'x' }, ctxFor(OWNER, at(1500)), deps))).toBe(
        'ACCOUNT.CREDENTIALS_INVALID',
      );
    });
  });

  describe('sessions', () => {
    it('expire after the configured days', async () => {
      const { deps } = await registered({ QYB_SESSION_DAYS: '2' });
      expect((await currentSession(ctxFor(OWNER, at(86_400_000)), deps)).signedIn).toBe(true);
      expect((await currentSession(ctxFor(OWNER, at(2 * 86_400_000 + 1)), deps)).signedIn).toBe(false);
    });

    it('all end when the password changes', async () => {
      const { deps } = await registered();
      expect(
        await codeOf(changePassword({ currentPassword: 'nope', newPassword: 'Another-2027' }, ctxFor(OWNER, T0), deps)),
      ).toBe('ACCOUNT.PASSWORD_INCORRECT');
      await changePassword({ currentPassword: 'Hengqin-2026', newPassword: 'Another-2027' }, ctxFor(OWNER, T0), deps);
      expect((await currentSession(ctxFor(OWNER, T0), deps)).signedIn).toBe(false);
      expect(
        await codeOf(signIn({ accountName: 'chan_tai_man', password: 'Hengqin-2026' }, ctxFor(OWNER, T0), deps)),
      ).toBe('ACCOUNT.CREDENTIALS_INVALID');
      expect(
        await codeOf(signIn({ accountName: 'chan_tai_man', password: 'Another-2027' }, ctxFor(OWNER, T0), deps)),
      ).toBe('OK');
    });
  });

  describe('profile', () => {
    it('changes mobile (with the password), address and contact, and shows them masked', async () => {
      const { deps } = await registered();
      expect(
        await codeOf(updateProfile({ mobile: { countryCode: '+86', number: '13812345678' } }, ctxFor(OWNER, T0), deps)),
      ).toBe('ACCOUNT.PASSWORD_INCORRECT');
      const view = await updateProfile(
        {
          mobile: { countryCode: '+86', number: '13812345678' },
          password: 'Hengqin-2026',
          address: '广东省珠海市横琴新区环岛东路1号',
          contact: 'chan@example.mo',
        },
        ctxFor(OWNER, T0),
        deps,
      );
      expect(view.mobile).toEqual({ countryCode: '+86', number: '138****5678' });
      expect(view.address).toBe('广东省珠海市********');
      expect(view.contact).toBe('c***@example.mo');
    });

    it('has no way to change the real name or document', async () => {
      const { deps } = await registered();
      expect(await codeOf(updateProfile({ realName: '李四' }, ctxFor(OWNER, T0), deps))).toBe('REQUEST.INVALID_INPUT');
      expect(
        await codeOf(updateProfile({ document: { type: 'passport', number: 'E12345678' } }, ctxFor(OWNER, T0), deps)),
      ).toBe('REQUEST.INVALID_INPUT');
    });
  });

  describe('status', () => {
    async function withStaff() {
      const world = await registered();
      await registerAccount(
        registration({
          accountName: 'staff_one',
          document: { type: 'resident-id', number: '11010519491231002X' },
          realName: '王小明',
        }),
        ctxFor('o-staff', T0),
        world.deps,
      );
      const staffId = world.stores.accounts.all().find((a) => a.accountName === 'staff_one')?._id as string;
      await world.stores.accounts.update(staffId, { roles: ['user', 'staff', 'admin'] });
      return world;
    }

    it('restricted accounts can read but not write, and are told why', async () => {
      const { deps } = await withStaff();
      await setAccountStatus(
        { accountName: 'chan_tai_man', state: 'restricted', reason: '资料待核实' },
        ctxFor('o-staff', T0),
        deps,
      );
      expect((await getProfile(ctxFor(OWNER, T0), deps)).status).toEqual({
        state: 'restricted',
        reason: '资料待核实',
        until: null,
      });
      await expect(updateProfile({ contact: 'x@y.z' }, ctxFor(OWNER, T0), deps)).rejects.toThrow(
        /限制使用.*资料待核实/,
      );
    });

    it('a suspension ends by itself', async () => {
      const { deps } = await withStaff();
      const until = at(3_600_000).toISOString();
      await setAccountStatus(
        { accountName: 'chan_tai_man', state: 'suspended', reason: '异常操作', until },
        ctxFor('o-staff', T0),
        deps,
      );
      expect(await codeOf(getProfile(ctxFor(OWNER, T0), deps))).toBe('ACCOUNT.SUSPENDED');
      expect((await getProfile(ctxFor(OWNER, at(3_600_001)), deps)).status.state).toBe('active');
    });

    it('only staff set status and only admins set roles', async () => {
      const { deps } = await withStaff();
      expect(
        await codeOf(
          setAccountStatus({ accountName: 'staff_one', state: 'banned', reason: '试图越权' }, ctxFor(OWNER, T0), deps),
        ),
      ).toBe('ACCOUNT.FORBIDDEN');
      const proposed: ProposalRecord[] = [];
      const withProposals = {
        ...deps,
        proposals: {
          get: async (id: string) => proposed.find((p) => p._id === id) ?? null,
          insert: async (r: ProposalRecord) => void proposed.push(r),
          pending: async () => proposed.filter((p) => p.status === 'pending'),
          close: async () => false,
        },
        pushes: { release: async () => undefined, withdraw: async () => undefined },
      };
      expect(
        await codeOf(
          setAccountRoles({ accountName: 'chan_tai_man', roles: ['admin'] }, ctxFor(OWNER, T0), withProposals),
        ),
      ).toBe('ACCOUNT.FORBIDDEN');
      // Adding a role waits for a second admin (two-person rule): nothing changes yet.
      const asked = await setAccountRoles(
        { accountName: 'chan_tai_man', roles: ['staff'] },
        ctxFor('o-staff', T0),
        withProposals,
      );
      expect(asked).toMatchObject({ roles: ['user'], proposalId: proposed[0]?._id });
      expect(proposed[0]).toMatchObject({ roles: ['user', 'staff'], status: 'pending' });
    });
  });

  describe('cancellation', () => {
    it('signing in within the cooling-off period withdraws it', async () => {
      const { deps } = await registered();
      const req = await requestCancellation({ password: 'Hengqin-2026' }, ctxFor(OWNER, T0), deps);
      expect(req.effectiveAt).toBe(at(15 * 86_400_000).toISOString());
      expect((await currentSession(ctxFor(OWNER, T0), deps)).signedIn).toBe(false);
      const out = await signIn(
        { accountName: 'chan_tai_man', password: 'Hengqin-2026' },
        ctxFor(OWNER, at(86_400_000)),
        deps,
      );
      expect(out.cancellationWithdrawn).toBe(true);
      expect(out.profile.cancellation).toBeNull();
    });

    it('after the cooling-off period the account is closed and its personal information gone', async () => {
      const { deps, stores } = await registered();
      await requestCancellation({ password: 'Hengqin-2026' }, ctxFor(OWNER, T0), deps);
      expect(
        await codeOf(
          signIn({ accountName: 'chan_tai_man', password: 'Hengqin-2026' }, ctxFor(OWNER, at(16 * 86_400_000)), deps),
        ),
      ).toBe('ACCOUNT.CREDENTIALS_INVALID');
      const [closed] = stores.accounts.all();
      expect(closed).toMatchObject({
        statusState: 'cancelled',
        realName: null,
        documentNumber: null,
        documentIndex: null,
        mobileNumber: null,
        openid: null,
      });
      expect(stores.bindings.all()).toEqual([]);
      expect(await codeOf(registerAccount(registration(), ctxFor(OWNER, at(16 * 86_400_000)), deps))).toBe('OK');
    });
  });
});
