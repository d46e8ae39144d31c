import { EndSessionInputSchema, type MySessionView } from '../contract/sessions';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { AccountDeps } from './account.deps';
import { requireAccount } from './account-guard';

const iso = (ms: number) => new Date(ms).toISOString();

/** My live sessions, newest first, this device's marked (issue 15, My sessions). */
export async function mySessions(ctx: CallContext, deps: AccountDeps): Promise<MySessionView[]> {
  const { account, session: current } = await requireAccount(ctx, deps, 'read');
  const live = await deps.sessions.liveOf(ctx.openid, account._id, ctx.now.getTime());
  return live.map((s) => ({
    id: s._id,
    device: s.device ?? null,
    startedAt: iso(s.createdAt),
    lastUsedAt: iso(s.lastUsedAt ?? s.createdAt),
    current: s._id === current._id,
  }));
}

/** Ends one of my sessions (this one too: that is signing out here). Audited. */
export async function endSession(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<{ ended: number }> {
  const { id } = parseInput(EndSessionInputSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  const now = ctx.now.getTime();
  const ended = await deps.sessions.endOne(ctx.openid, id, now, 'ended-by-owner');
  if (ended === 0) throw new AppError('SESSION.NOT_FOUND');
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.session-ended',
    target: account._id,
    details: {},
  });
  return { ended };
}

/** Ends every session of mine but this device's. Audited. */
export async function endOtherSessions(ctx: CallContext, deps: AccountDeps): Promise<{ ended: number }> {
  const { account, session } = await requireAccount(ctx, deps, 'security');
  const now = ctx.now.getTime();
  const ended = await deps.sessions.endOthers(ctx.openid, session._id, now, 'ended-by-owner');
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.sessions-ended',
    target: account._id,
    details: { ended },
  });
  return { ended };
}
