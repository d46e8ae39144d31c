/**
 * `/__dev/*`: what the H5 build's services adapter and the e2e tests use instead of wx.cloud
 * (exists only in the local cloud). Replies mimic the wx.cloud client APIs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FunctionRunner } from '../functions/runner';
import type { SubscriptionService } from '../openapi/subscribe-message';
import type { StorageService } from '../storage/storage-service';
import { CloudError } from '../tcb/cloud-error';
import { newRequestId } from '../tcb/dispatch';
import { clientIp, parseJson, readBody, readJson, sendJson } from './body';
import { eventTooLarge } from '../functions/event-size';
import { eventTooDeep } from './json-depth';
import { corsHeaders, devIdentity, type DevIdentity } from './dev-identity';
import { devStorageRoutes } from './dev-storage-routes';
import { recordSubscription } from './dev-subscriptions-route';
import { refuseForeignHost } from './loopback-guard';

export interface DevDeps {
  runner: FunctionRunner;
  storage: StorageService;
  subscriptions: SubscriptionService;
  /** Template ids WeChat approved as long-term (长期订阅); the others are one-time. */
  longTermTemplates: ReadonlySet<string>;
  appid: string;
  maxBodyBytes: number;
}

const CALL_ERRORS: Record<string, [number, string]> = {
  'not-found': [-501000, 'FunctionName parameter could not be found'],
  timeout: [-504003, 'functions time limit exceeded'],
  error: [-504002, 'functions execute fail'],
  crash: [-504002, 'functions execute fail'],
};

type Route = (req: IncomingMessage, id: DevIdentity, url: URL) => Promise<unknown>;

function routes(deps: DevDeps): Record<string, Route> {
  return {
    'GET /__dev/identity': async (_req, id) => ({ openid: id.openid, appid: deps.appid, env: id.env }),
    'GET /__dev/outbox': async (_req, id, url) => ({
      messages: deps.subscriptions.of(id.env).outbox(url.searchParams.get('touser') ?? undefined),
    }),
    'POST /__dev/subscriptions': async (req, id) =>
      recordSubscription(await readJson(req, deps.maxBodyBytes), id, deps.subscriptions, deps.longTermTemplates),
    ...devStorageRoutes(deps.storage, deps.maxBodyBytes),
  };
}

async function callFunction(req: IncomingMessage, id: DevIdentity, name: string, deps: DevDeps): Promise<unknown> {
  const raw = await readBody(req, deps.maxBodyBytes);
  const requestId = newRequestId();
  const refused = eventTooLarge(raw.length) ?? eventTooDeep(raw.toString('utf8'));
  if (refused) return { errCode: -1, errMsg: `cloud.callFunction:fail -1 ${refused}`, requestID: requestId };
  const data = parseJson(raw);
  const outcome = await deps.runner.invoke({
    name,
    data,
    caller: { openid: id.openid, appid: deps.appid, clientIp: clientIp(req), source: 'wx_client' },
    env: id.env,
    requestId,
  });
  if (outcome.ok)
    return { result: JSON.parse(outcome.json) as unknown, requestID: requestId, errMsg: 'cloud.callFunction:ok' };
  const [errCode, text] = CALL_ERRORS[outcome.kind] ?? [-504002, 'functions execute fail'];
  return { errCode, errMsg: `cloud.callFunction:fail ${errCode} ${text}. ${outcome.message}`, requestID: requestId };
}

export async function handleDev(req: IncomingMessage, res: ServerResponse, url: URL, deps: DevDeps): Promise<boolean> {
  if (!url.pathname.startsWith('/__dev/')) return false;
  if (refuseForeignHost(req, res)) return true;
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    res.end();
    return true;
  }
  try {
    const id = devIdentity(req, url);
    const headers: Record<string, string> = { ...cors };
    if (id.setCookies.length > 0) res.setHeader('set-cookie', id.setCookies);
    const fn = /^\/__dev\/functions\/([^/]+)$/.exec(url.pathname);
    const route = routes(deps)[`${req.method ?? 'GET'} ${url.pathname}`];
    if (fn && req.method === 'POST')
      sendJson(res, 200, await callFunction(req, id, decodeURIComponent(fn[1] as string), deps), headers);
    else if (route) sendJson(res, 200, await route(req, id, url), headers);
    else sendJson(res, 404, { errCode: -1, errMsg: `no dev endpoint ${req.method ?? ''} ${url.pathname}` }, headers);
  } catch (e) {
    const status = e instanceof CloudError ? 400 : 500;
    sendJson(res, status, { errCode: -1, errMsg: (e as Error).message }, cors);
  }
  return true;
}
