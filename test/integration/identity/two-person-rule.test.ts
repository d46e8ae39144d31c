/**
 * Issue 15, separation of duties: granting a role beyond `user` takes two admins. The first
 * admin's grant is a proposal; the proposer cannot approve it, another admin can (then it takes
 * effect) or rejects it; after 24 hours it lapses. Audited; the proposer told in the inbox.
 */
import type { ProposalView, SetRolesOutput } from '../../../cloudfunctions/lib/contract/proposals';
import { setRoles } from '../../support/set-roles';
import { ALICE, BOB, STAFF, accountCloud } from '../account/account-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = accountCloud();
const roleOf = async (env: string, accountName: string) =>
  (await t.find<{ roles: string[] }>(env, COLLECTIONS.accounts, { accountName }))[0]?.roles;

describe('the two-person rule for role grants (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    for (const p of [ALICE, BOB, STAFF]) expect((await t.register(env, p)).ok).toBe(true);
    await setRoles(t.db(env), ALICE.accountName, ['user', 'staff', 'admin']);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff', 'admin']);
  });

  it('a grant waits; the proposer cannot approve it; a second admin does and it takes effect', async () => {
    const asked = await t.data<SetRolesOutput>(env, ALICE.openid, 'setRoles', {
      accountName: BOB.accountName,
      roles: ['staff', 'reviewer'],
    });
    expect(asked).toMatchObject({ roles: ['user'], proposalId: expect.any(String) });
    expect(await roleOf(env, BOB.accountName)).toEqual(['user']);

    const mine = await t.data<ProposalView[]>(env, ALICE.openid, 'proposals');
    expect(mine).toEqual([expect.objectContaining({ id: asked.proposalId, accountName: BOB.accountName, mine: true })]);
    const theirs = await t.data<ProposalView[]>(env, STAFF.openid, 'proposals');
    expect(theirs[0]).toMatchObject({ mine: false, roles: ['user', 'staff', 'reviewer'] });

    expect(await t.code(env, ALICE.openid, 'decideProposal', { id: asked.proposalId, decision: 'approve' })).toBe(
      'STAFF.SECOND_ADMIN_REQUIRED',
    );
    expect(await roleOf(env, BOB.accountName)).toEqual(['user']);
    expect(await t.code(env, BOB.openid, 'decideProposal', { id: asked.proposalId, decision: 'approve' })).toBe(
      'ACCOUNT.FORBIDDEN',
    );

    expect(await t.data(env, STAFF.openid, 'decideProposal', { id: asked.proposalId, decision: 'approve' })).toEqual({
      id: asked.proposalId,
      status: 'approved',
      jobId: null,
    });
    expect(await roleOf(env, BOB.accountName)).toEqual(['user', 'staff', 'reviewer']);
    expect(await t.code(env, STAFF.openid, 'decideProposal', { id: asked.proposalId, decision: 'approve' })).toBe(
      'PROPOSAL.NOT_FOUND',
    );
    const audit = await t.find<{ action: string; details: Record<string, unknown> }>(env, 'audit_log', {
      target: asked.proposalId,
    });
    expect(audit.map((e) => e.action)).toContain('proposal.roles-proposed');
    const set = await t.find<{ details: Record<string, unknown> }>(env, 'audit_log', { action: 'account.roles-set' });
    expect(set[0]?.details).toMatchObject({ proposal: asked.proposalId, roles: 'user,staff,reviewer' });
    const [alice] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: ALICE.accountName });
    const told = await t.find<{ title: string }>(env, COLLECTIONS.messages, { accountId: alice?._id });
    expect(told.map((m) => m.title)).toContain('角色授予提议已获批准并生效');
  });

  it('a rejected grant changes nothing and the proposer is told', async () => {
    const asked = await t.data<SetRolesOutput>(env, STAFF.openid, 'setRoles', {
      accountName: BOB.accountName,
      roles: ['staff', 'reviewer', 'admin'],
    });
    await t.data(env, ALICE.openid, 'decideProposal', {
      id: asked.proposalId,
      decision: 'reject',
      reason: '无需管理员',
    });
    expect(await roleOf(env, BOB.accountName)).toEqual(['user', 'staff', 'reviewer']);
    const [staff] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: STAFF.accountName });
    const told = await t.find<{ body: string }>(env, COLLECTIONS.messages, { accountId: staff?._id });
    expect(told.some((m) => m.body.includes('无需管理员'))).toBe(true);
  });

  it('an admin does not approve a grant to themselves, and a proposal past 24 hours lapses', async () => {
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
    const asked = await t.data<SetRolesOutput>(env, ALICE.openid, 'setRoles', {
      accountName: STAFF.accountName,
      roles: ['staff', 'admin'],
    });
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff', 'admin']);
    expect(await t.code(env, STAFF.openid, 'decideProposal', { id: asked.proposalId, decision: 'approve' })).toBe(
      'STAFF.OWN_MATTER',
    );
    await t
      .db(env)
      .collection(COLLECTIONS.staffProposals)
      .doc(asked.proposalId ?? '')
      .update({ data: { expiresAt: Date.now() - 1 } });
    const listed = await t.data<ProposalView[]>(env, STAFF.openid, 'proposals');
    expect(listed.map((p) => p.id)).not.toContain(asked.proposalId);
    const [stored] = await t.find<{ status: string }>(env, COLLECTIONS.staffProposals, { _id: asked.proposalId });
    expect(stored?.status).toBe('expired');
  });
});
