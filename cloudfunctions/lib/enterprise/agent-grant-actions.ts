import { FUNCTIONS } from '../contract/functions';
import type { Action } from '../handler/create-handler';
import type { RequestsDeps } from '../requests/requests.deps';

// Imported on first use, with the deps (issue 18, cold start; see cloudfunctions/requests/index.ts).
const grants = () => import('./agent-grants');
const decisions = () => import('./grant-decisions');
const registration = () => import('./register-enterprise');

/** The enterprise and agent-grant actions of the `requests` function; `deps` are wired on first use. */
export function agentGrantActions(deps: () => Promise<RequestsDeps>): Record<string, Action> {
  const a = FUNCTIONS.requests;
  return {
    [a.registerEnterprise]: async (input, ctx) => (await registration()).registerEnterprise(input, ctx, await deps()),
    [a.takeOverEnterprise]: async (input, ctx) =>
      (await import('./take-over-enterprise')).takeOverEnterprise(input, ctx, await deps()),
    [a.findEnterprise]: async (input, ctx) => (await registration()).findEnterprise(input, ctx, await deps()),
    [a.myEnterprises]: async (input, ctx) => (await registration()).myEnterprises(input, ctx, await deps()),
    [a.requestGrant]: async (input, ctx) => (await grants()).requestGrant(input, ctx, await deps()),
    [a.myGrants]: async (input, ctx) => (await grants()).myGrants(input, ctx, await deps()),
    [a.enterpriseGrants]: async (input, ctx) => (await grants()).enterpriseGrants(input, ctx, await deps()),
    [a.revokeGrant]: async (input, ctx) => (await decisions()).revokeGrant(input, ctx, await deps()),
    [a.grantQueue]: async (input, ctx) => (await decisions()).grantQueue(input, ctx, await deps()),
    [a.grantDetail]: async (input, ctx) => (await decisions()).grantDetail(input, ctx, await deps()),
    [a.decideGrant]: async (input, ctx) => (await decisions()).decideGrant(input, ctx, await deps()),
  };
}
