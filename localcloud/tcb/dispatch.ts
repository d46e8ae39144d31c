/** Routes an SDK request to its action handler and shapes the reply or the CloudBase error. */
import { randomBytes } from 'node:crypto';
import type { ActionHandler, ActionRequest, ActionResult } from './action';
import { CloudError, CODES } from './cloud-error';

export type Reply = { json: Record<string, unknown> } | { raw: { body: Buffer; contentType: string } };

export function newRequestId(): string {
  return randomBytes(8).toString('hex');
}

export function errorReply(code: string, message: string, requestId: string): Reply {
  return { json: { code, message, requestId } };
}

export class Dispatcher {
  constructor(private readonly handlers: Record<string, ActionHandler>) {}

  async dispatch(action: unknown, req: ActionRequest): Promise<Reply> {
    const handler = typeof action === 'string' ? this.handlers[action] : undefined;
    if (!handler) return errorReply(CODES.invalidAction, `unknown action ${JSON.stringify(action)}`, req.requestId);
    let result: ActionResult;
    try {
      result = await handler(req);
    } catch (e) {
      if (e instanceof CloudError) return errorReply(e.code, e.message, req.requestId);
      console.error(`[localcloud] ${String(action)} ${req.requestId}:`, e);
      return errorReply(CODES.system, `internal error: ${(e as Error).message}`, req.requestId);
    }
    if (result.raw) return { raw: result.raw };
    const json: Record<string, unknown> = { requestId: req.requestId, ...result.top };
    if (result.data !== undefined) json.data = result.data;
    return { json };
  }
}
