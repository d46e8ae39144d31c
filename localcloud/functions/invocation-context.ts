/**
 * Session tokens handed to each invocation (as TENCENTCLOUD_SESSIONTOKEN, which the SDK sends as
 * `sessionToken`), so calls a function makes back to the server carry its caller's identity.
 */
import { randomBytes } from 'node:crypto';
import type { Caller } from '../tcb/action';

export interface InvocationScope {
  caller: Caller;
  env: string;
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

  close(token: string): void {
    this.scopes.delete(token);
  }
}
