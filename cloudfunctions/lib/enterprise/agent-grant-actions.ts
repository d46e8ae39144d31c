import { FUNCTIONS } from '../contract/functions';
import type { Action } from '../handler/create-handler';
import type { RequestsDeps } from '../requests/requests.deps';
import { enterpriseGrants, myGrants, requestGrant } from './agent-grants';
import { decideGrant, grantDetail, grantQueue, revokeGrant } from './grant-decisions';
import { findEnterprise, myEnterprises, registerEnterprise } from './register-enterprise';
import { takeOverEnterprise } from './take-over-enterprise';

/** The enterprise and agent-grant actions of the `requests` function. */
export function agentGrantActions(deps: RequestsDeps): Record<string, Action> {
  const a = FUNCTIONS.requests;
  return {
    [a.registerEnterprise]: (input, ctx) => registerEnterprise(input, ctx, deps),
    [a.takeOverEnterprise]: (input, ctx) => takeOverEnterprise(input, ctx, deps),
    [a.findEnterprise]: (input, ctx) => findEnterprise(input, ctx, deps),
    [a.myEnterprises]: (input, ctx) => myEnterprises(input, ctx, deps),
    [a.requestGrant]: (input, ctx) => requestGrant(input, ctx, deps),
    [a.myGrants]: (input, ctx) => myGrants(input, ctx, deps),
    [a.enterpriseGrants]: (input, ctx) => enterpriseGrants(input, ctx, deps),
    [a.revokeGrant]: (input, ctx) => revokeGrant(input, ctx, deps),
    [a.grantQueue]: (input, ctx) => grantQueue(input, ctx, deps),
    [a.grantDetail]: (input, ctx) => grantDetail(input, ctx, deps),
    [a.decideGrant]: (input, ctx) => decideGrant(input, ctx, deps),
  };
}
