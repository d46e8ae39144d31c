import type { ProfileView, SessionView } from '../contract/account';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import { requireAccount } from './account-guard';
import { toProfileView } from './profile-view';

/** Whether the caller is signed in, and to what (masked). Not signed in is an answer, not an error. */
export async function currentSession(ctx: CallContext, deps: AccountDeps): Promise<SessionView> {
  try {
    const { account, session } = await requireAccount(ctx, deps, 'read');
    return {
      signedIn: true,
      expiresAt: new Date(session.expiresAt).toISOString(),
      profile: toProfileView(account, deps.fields, ctx.now.getTime()),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'ACCOUNT.NOT_SIGNED_IN')
      return { signedIn: false, expiresAt: null, profile: null };
    throw error;
  }
}

export async function getProfile(ctx: CallContext, deps: AccountDeps): Promise<ProfileView> {
  const { account } = await requireAccount(ctx, deps, 'read');
  return toProfileView(account, deps.fields, ctx.now.getTime());
}

/** Ends this WeChat identity's session. Signing out twice is fine. */
export async function signOut(ctx: CallContext, deps: AccountDeps): Promise<{ signedOut: true }> {
  await deps.sessions.endForOpenid(ctx.openid, ctx.now.getTime(), 'sign-out');
  return { signedOut: true };
}
