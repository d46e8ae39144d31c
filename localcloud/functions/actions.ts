/** `functions.invokeFunction` (CLOUDBASE-WIRE.md §3) and the error codes CloudBase answers with. */
import type { ActionHandler } from '../tcb/action';
import { CloudError, CODES, invalidParam } from '../tcb/cloud-error';
import type { FunctionRunner, InvokeOutcome } from './runner';

export function outcomeError(outcome: Exclude<InvokeOutcome, { ok: true }>): CloudError {
  if (outcome.kind === 'not-found') return new CloudError(CODES.functionNotFound, outcome.message);
  if (outcome.kind === 'timeout') return new CloudError(CODES.functionTimeout, outcome.message);
  return new CloudError(CODES.functionFailed, outcome.message);
}

export function parseRequestData(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw invalidParam('request_data is not valid JSON');
  }
}

export function functionActions(runner: FunctionRunner): Record<string, ActionHandler> {
  return {
    'functions.invokeFunction': async (req) => {
      const name = req.body.function_name;
      if (typeof name !== 'string') throw invalidParam('function_name is required');
      const outcome = await runner.invoke({
        name,
        data: parseRequestData(req.body.request_data),
        caller: req.caller,
        env: req.env,
        requestId: req.requestId,
      });
      if (!outcome.ok) throw outcomeError(outcome);
      return { data: { response_data: outcome.json } };
    },
  };
}
