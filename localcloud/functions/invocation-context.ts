/**
 * Session tokens handed to each invocation (as TENCENTCLOUD_SESSIONTOKEN, which the SDK sends as
 * `sessionToken`), so calls a function makes back to the server carry its caller's identity.
 */
import { randomBytes } from 'node:crypto';
import type { Caller } from '../tcb/action';

export interface InvocationScope {
  caller: Caller;
  env: string;
  /** The function this invocation runs: cloud calls (wx.openApi) are checked against its config.json. */
  functionName: string;
  /** Its `permissions.openapi`, as read when its instances started (CloudBase caches it too). */
  openapi: readonly string[];
}

export class InvocationContexts {
  private readonly scopes = new Map<string, InvocationScope>();

  open(scope: InvocationScope): string {
    const token = `inv:${randomBytes(18).toString('base64url')}`;
    this.scopes.set(token, scope);
    return token;
  }

  lookup(token: string): InvocationScope | undefined {
    return this.scopes.get(token);
  }

  /** The invocation an SDK request comes from, by the session token it carries. */
  fromBody(body: Record<string, unknown>): InvocationScope | undefined {
    for (const token of [body.sessionToken, body.tcb_sessionToken]) {
      if (typeof token === 'string' && token.startsWith('inv:')) {
        const scope = this.scopes.get(token);
        if (scope) return scope;
      }
    }
    return undefined;
  }

  close(token: string): void {
    this.scopes.delete(token);
  }
}
