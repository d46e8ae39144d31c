/**
 * Who sent an SDK request. Inside a function, the SDK sends the invocation's session token
 * (`inv:…`). From outside, a dev-only credential `dev:<openid>` (as sessionToken, or as the
 * secretId in the TC3 `Credential=`) acts as that openid. Anything else is an admin caller
 * without an openid, like a script holding real API keys.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { InvocationContexts } from '../functions/invocation-context';
import type { Caller } from './action';

export const DEV_PREFIX = 'dev:';
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

export interface Identity {
  caller: Caller;
  /** The environment of the invocation the request comes from, if any. */
  env?: string;
}

function devOpenid(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith(DEV_PREFIX)) return undefined;
  const openid = value.slice(DEV_PREFIX.length);
  return OPENID.test(openid) ? openid : undefined;
}

function credentialId(headers: IncomingHttpHeaders): string | undefined {
  const m = /Credential=([^/,\s]+)/.exec(headers.authorization ?? '');
  return m?.[1];
}

export function identify(
  body: Record<string, unknown>,
  headers: IncomingHttpHeaders,
  clientIp: string,
  contexts: InvocationContexts,
  appid: string,
): Identity {
  for (const token of [body.sessionToken, body.tcb_sessionToken]) {
    if (typeof token === 'string' && token.startsWith('inv:')) {
      const scope = contexts.lookup(token);
      if (scope) return { caller: scope.caller, env: scope.env };
    }
  }
  const openid = devOpenid(body.sessionToken) ?? devOpenid(credentialId(headers));
  return { caller: { openid, appid, clientIp, source: openid ? 'wx_client' : 'wx_http' } };
}
