import { requireRole } from '../../../../../cloudfunctions/lib/account/account-guard';
import { registerAccount } from '../../../../../cloudfunctions/lib/account/register-account';
import { auditedStaffAction } from '../../../../../cloudfunctions/lib/audit/staff-action-audit';
import type { Role } from '../../../../../cloudfunctions/lib/contract/account';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import type { Action } from '../../../../../cloudfunctions/lib/handler/create-handler';
import { ctxFor, memoryDeps, registration } from '../account/memory-deps';

const T0 = new Date('2026-12-03T02:00:00Z');
const CLERK = 'o-clerk';

/** A staff member signed in (registration starts the session); the audit's own session look-ups counted. */
async function desk(roles: Role[] = ['user', 'staff']) {
  const world = memoryDeps();
  await registerAccount(registration(), ctxFor(CLERK, T0), world.deps);
  const [account] = world.stores.accounts.all();
  await world.stores.accounts.update(account!._id, { roles });
  const lookups: string[] = [];
  const audited = (run: Action) =>
    auditedStaffAction('feedback', 'queue', run, {
      audit: world.deps.audit,
      sessions: {
        activeFor: (openid, now) => {
          lookups.push(openid);
          return world.deps.sessions.activeFor(openid, now);
        },
      },
    });
  const entries = () => [...world.stores.audit.entries.values()].filter((e) => e.action === 'staff.feedback.queue');
  return { world, accountId: account!._id, lookups, audited, entries };
}

const guarded: (world: Awaited<ReturnType<typeof desk>>['world']) => Action = (world) => (_input, ctx) =>
  requireRole(ctx, world.deps, ['staff']);

async function outcome(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'OK';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('auditedStaffAction', () => {
  it('names the account the guard found, without looking the session up again', async () => {
    const { world, accountId, lookups, audited, entries } = await desk();
    expect(await outcome(audited(guarded(world))({}, ctxFor(CLERK, T0)))).toBe('OK');
    expect(entries()).toEqual([
      expect.objectContaining({ actor: accountId, details: { outcome: 'OK', staffAction: true } }),
    ]);
    expect(lookups).toEqual([]);
  });

  it('records a refused attempt by the account the guard found (no role)', async () => {
    const { world, accountId, lookups, audited, entries } = await desk(['user']);
    expect(await outcome(audited(guarded(world))({}, ctxFor(CLERK, T0)))).toBe('ACCOUNT.FORBIDDEN');
    expect(entries()).toEqual([
      expect.objectContaining({ actor: accountId, details: expect.objectContaining({ outcome: 'ACCOUNT.FORBIDDEN' }) }),
    ]);
    expect(lookups).toEqual([]);
  });

  it('leaves no entry when the guard found nobody', async () => {
    const { world, lookups, audited, entries } = await desk();
    expect(await outcome(audited(guarded(world))({}, ctxFor('o-stranger', T0)))).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(entries()).toEqual([]);
    expect(lookups).toEqual([]);
  });

  it('looks the session up itself only for a call refused before the guard ran', async () => {
    const { accountId, lookups, audited, entries } = await desk();
    const refusedEarly: Action = async () => {
      throw new AppError('REQUEST.INVALID_INPUT');
    };
    expect(await outcome(audited(refusedEarly)({}, ctxFor(CLERK, T0)))).toBe('REQUEST.INVALID_INPUT');
    expect(entries()).toEqual([expect.objectContaining({ actor: accountId })]);
    expect(lookups).toEqual([CLERK]);
  });
});
