import type { FunctionEvent, Result } from '../contract/result';
import { SESSION_HANDLE } from '../contract/sessions';
import { AppError } from '../errors/app-error';
import { ERROR_MESSAGES } from '../errors/codes';
import type { CallContext, ContextSource } from './call-context';
import { now } from './clock';
import { MAX_EVENT_DEPTH, nestsDeeperThan } from './event-depth';
import { isTimerEvent } from './timer-event';

export type Action = (input: unknown, ctx: CallContext) => Promise<unknown>;

export interface HandlerOptions {
  /** Reads the caller's identity from the platform (wx-server-sdk's getWXContext). */
  context: ContextSource;
  /** Actions anyone may call without a WeChat identity (public information). */
  anonymous?: readonly string[];
  /** What the function's timer trigger runs (an event without a WeChat identity only). */
  timer?: (ctx: CallContext) => Promise<unknown>;
  maxEventBytes?: number;
  log?: (line: Record<string, unknown>) => void;
  requestId?: () => string;
}

/**
 * A function's own limit, unless it sets a lower one. WeChat carries at most 100KB of event to a
 * function (Cloud.callFunction, "data 参数说明"; localcloud/functions/event-size.ts), so a limit at or
 * above that would never answer: 64 KB leaves the function's own code for what the wire still carries.
 */
const DEFAULT_MAX_EVENT_BYTES = 64 * 1024;

function randomId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function parseEvent(event: unknown): FunctionEvent {
  if (typeof event !== 'object' || event === null) throw new AppError('REQUEST.INVALID_EVENT');
  const { action, input, session } = event as Record<string, unknown>;
  if (typeof action !== 'string' || action.length === 0 || action.length > 64) {
    throw new AppError('REQUEST.INVALID_EVENT');
  }
  if (session !== undefined && (typeof session !== 'string' || !SESSION_HANDLE.test(session))) {
    throw new AppError('REQUEST.INVALID_EVENT');
  }
  return session === undefined ? { action, input } : { action, input, session };
}

/**
 * The edge of every cloud function: parse the event, run the action, and turn the outcome into a
 * Result. Expected failures keep their code; anything else becomes INTERNAL with a request id.
 */
export function createHandler(actions: Record<string, Action>, options: HandlerOptions) {
  const log = options.log ?? ((line) => console.error(JSON.stringify(line)));
  const maxBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  const anonymous = new Set(options.anonymous ?? []);

  return async function main(event: unknown): Promise<Result<unknown>> {
    const requestId = (options.requestId ?? randomId)();
    try {
      // Depth first: measuring the size serialises the event, which recurses.
      if (nestsDeeperThan(event, MAX_EVENT_DEPTH)) throw new AppError('REQUEST.TOO_DEEP');
      if (JSON.stringify(event ?? null).length > maxBytes) throw new AppError('REQUEST.TOO_LARGE');
      if (options.timer && isTimerEvent(event)) {
        const ctx: CallContext = { ...options.context(), requestId, now: now() };
        // A caller with an identity cannot pass for the trigger: only CloudBase calls without one.
        if (!ctx.openid) return { ok: true, data: await options.timer(ctx) };
      }
      const { action, input, session } = parseEvent(event);
      const run = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;
      if (!run) throw new AppError('REQUEST.UNKNOWN_ACTION');
      const ctx: CallContext = {
        ...options.context(),
        requestId,
        now: now(),
        ...(session ? { sessionId: session } : {}),
      };
      if (!ctx.openid && !anonymous.has(action)) throw new AppError('AUTH.NO_IDENTITY');
      return { ok: true, data: await run(input, ctx) };
    } catch (error) {
      if (error instanceof AppError) {
        const { code, message, field } = error;
        return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
      }
      log({ level: 'error', requestId, error: error instanceof Error ? error.stack : String(error) });
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, requestId } };
    }
  };
}
