import type { Result } from '../../../cloudfunctions/lib/contract/result';
import type { RequestSummary, SubmitRequestInput } from '../../../cloudfunctions/lib/contract/requests';

type Submit = (input: SubmitRequestInput) => Promise<Result<RequestSummary>>;

/**
 * One submission per draft at a time: a second tap while the first is on its way gets the same
 * answer instead of a second call. A retry after a failure sends the same clientRequestId, which
 * the server answers with the request it already made, if it did.
 */
export function submitOnce(submit: Submit): Submit {
  const inFlight = new Map<string, Promise<Result<RequestSummary>>>();
  return (input) => {
    const running = inFlight.get(input.clientRequestId);
    if (running) return running;
    const call = submit(input).finally(() => inFlight.delete(input.clientRequestId));
    inFlight.set(input.clientRequestId, call);
    return call;
  };
}
