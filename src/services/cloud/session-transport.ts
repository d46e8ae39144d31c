import { SESSION_HANDLE } from '../../../cloudfunctions/lib/contract/session-handle';
import { readStored, writeStored } from '../../platform/storage';
import type { CloudTransport } from './transport';

/** A sign-in's answer (SignInOutput: sign-in, registration, rebinding, a linked account's way in). */
function handleOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null || (result as { ok?: unknown }).ok !== true) return null;
  const data = (result as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return null;
  const { sessionId, sessionExpiresAt } = data as Record<string, unknown>;
  return typeof sessionId === 'string' && typeof sessionExpiresAt === 'string' && SESSION_HANDLE.test(sessionId)
    ? sessionId
    : null;
}

/**
 * This device's own session (issue 15, My sessions): the handle a sign-in answers is kept on the
 * device and sent beside every call, so the cloud knows which of the person's sessions a call is
 * from and ending one device's session ends that device. It is no credential: the cloud takes the
 * identity from WeChat (OPENID) and only picks among that identity's own sessions by it. An ended
 * handle is kept and sent on: the cloud then refuses this device until it signs in again, rather
 * than falling back to the person's newest session on another device. The handle rides in
 * callFunction's `data`, which reaches the function as its event unchanged
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html).
 */
export function withSessionHandle(transport: CloudTransport): CloudTransport {
  return {
    async callFunction(name, event) {
      const held = readStored('account.session');
      const result = await transport.callFunction(name, held ? { ...event, session: held } : event);
      const handle = handleOf(result);
      if (handle) writeStored('account.session', handle);
      return result;
    },
  };
}
