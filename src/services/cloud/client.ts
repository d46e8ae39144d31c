import type { ActionOf, FunctionName } from '../../../cloudfunctions/lib/contract/functions';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { t } from '../../i18n';
import { errorMessage } from '../../i18n/server-errors';
import type { CloudTransport } from './transport';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Typed calls to the cloud functions. Transport failures become a Result, never a throw.
 * `onRefused` hears every refusal's code, once for all calls (e.g. to lead to the consent gate).
 */
export function createCloudClient(transport: CloudTransport, onRefused?: (code: string) => void) {
  return {
    async call<T, F extends FunctionName = FunctionName>(
      name: F,
      action: ActionOf<F>,
      input?: unknown,
    ): Promise<Result<T>> {
      try {
        const result = await transport.callFunction(name, { action, input });
        if (isResult(result)) {
          if (!result.ok) {
            onRefused?.(result.error.code);
            // The server speaks Chinese; the screens show the current locale's message for the code.
            const { code, message } = result.error;
            return { ...result, error: { ...result.error, message: errorMessage(code, message) } } as Result<T>;
          }
          return result as Result<T>;
        }
        return { ok: false, error: { code: 'INTERNAL', message: t.errors.internal } };
      } catch {
        return { ok: false, error: { code: 'NETWORK', message: t.errors.network } };
      }
    },
  };
}

export type CloudClient = ReturnType<typeof createCloudClient>;
