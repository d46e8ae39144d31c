import type { ActionOf, FunctionName } from '../../../cloudfunctions/lib/contract/functions';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { t } from '../../i18n';
import { errorMessage, type ClientError } from '../../i18n/server-errors';
import { MAX_CALL_EVENT_BYTES, utf8Length } from './event-size';
import type { CloudTransport } from './transport';

/** A call's outcome on the client: a refusal keeps the cloud's own message beside the shown one. */
export type ClientResult<T> = { ok: true; data: T } | { ok: false; error: ClientError };

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Where a failure the user only sees as 网络异常/系统繁忙 is kept: the console (WeChat's realtime log). */
export type FailureReport = (what: string, detail: unknown) => void;
const toConsole: FailureReport = (what, detail) => console.error(`cloud call ${what}`, detail);

/**
 * Typed calls to the cloud functions. Transport failures become a Result, never a throw, and are
 * reported with their cause: the Result only says NETWORK or INTERNAL, which alone hides why.
 * `onRefused` hears every refusal's code, once for all calls (e.g. to lead to the consent gate).
 */
export function createCloudClient(
  transport: CloudTransport,
  onRefused?: (code: string) => void,
  report: FailureReport = toConsole,
) {
  return {
    async call<T, F extends FunctionName = FunctionName>(
      name: F,
      action: ActionOf<F>,
      input?: unknown,
    ): Promise<ClientResult<T>> {
      const event = { action, input };
      if (utf8Length(JSON.stringify(event) ?? '') > MAX_CALL_EVENT_BYTES) {
        const code = 'REQUEST.TOO_LARGE';
        return { ok: false, error: { code, message: errorMessage(code, '提交的内容过大') } };
      }
      try {
        const result = await transport.callFunction(name, event);
        if (isResult(result)) {
          if (!result.ok) {
            onRefused?.(result.error.code);
            // The server speaks Chinese; the screens show the current locale's message for the code,
            // and keep the server's own (serverMessage) to word it again after a language switch.
            const { code, message, field } = result.error;
            const error = { ...result.error, message: errorMessage(code, message, field), serverMessage: message };
            return { ok: false, error };
          }
          return result as Result<T>;
        }
        report(`${name}.${action} answered no Result`, result);
        return { ok: false, error: { code: 'INTERNAL', message: t.errors.internal } };
      } catch (error) {
        report(`${name}.${action} failed`, error);
        return { ok: false, error: { code: 'NETWORK', message: t.errors.network } };
      }
    },
  };
}

export type CloudClient = ReturnType<typeof createCloudClient>;
