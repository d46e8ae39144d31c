/**
 * `/__dev/*`: what the H5 build's services adapter and the e2e tests use instead of wx.cloud
 * (exists only in the local cloud). Replies mimic the wx.cloud client APIs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPlainObject } from '../database/document';
import type { FunctionRunner } from '../functions/runner';
import type { SubscriptionService } from '../openapi/subscribe-message';
import type { GrantResult } from '../openapi/subscriptions';
import { assertCloudPath, fileIdOf } from '../storage/file-ids';
import { DEFAULT_MAX_AGE_S, type StorageService } from '../storage/storage-service';
import { CloudError, invalidParam } from '../tcb/cloud-error';
import { newRequestId } from '../tcb/dispatch';
import { clientIp, readBody, sendJson } from './body';
import { corsHeaders, devIdentity, type DevIdentity } from './dev-identity';

export interface DevDeps {
  runner: FunctionRunner;
  storage: StorageService;
  subscriptions: SubscriptionService;
  appid: string;
  maxBodyBytes: number;
}

const GRANT_RESULTS = new Set<GrantResult>(['accept', 'reject', 'ban', 'filter']);
const CALL_ERRORS: Record<string, [number, string]> = {
  'not-found': [-501000, 'FunctionName parameter could not be found'],
  timeout: [-504003, 'functions time limit exceeded'],
  error: [-504002, 'functions execute fail'],
  crash: [-504002, 'functions execute fail'],
};

async function jsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const raw = await readBody(req, limit);
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw invalidParam('malformed JSON body');
  }
}

type Route = (req: IncomingMessage, id: DevIdentity, url: URL) => Promise<unknown>;

function routes(deps: DevDeps): Record<string, Route> {
  return {
    'GET /__dev/identity': async (_req, id) => ({ openid: id.openid, appid: deps.appid, env: id.env }),
    'GET /__dev/outbox': async (_req, id, url) => ({
      messages: deps.subscriptions.of(id.env).outbox(url.searchParams.get('touser') ?? undefined),
    }),
    'POST /__dev/subscriptions': async (req, id) => {
      const body = await jsonBody(req, deps.maxBodyBytes);
      if (!isPlainObject(body) || !Array.isArray(body.tmplIds) || !isPlainObject(body.results)) {
        throw invalidParam('expected { tmplIds: string[], results: Record<string, accept|reject|ban|filter> }');
      }
      const results: Record<string, GrantResult> = {};
      for (const t of body.tmplIds) {
        const r = body.results[String(t)];
        results[String(t)] =
          typeof r === 'string' && GRANT_RESULTS.has(r as GrantResult) ? (r as GrantResult) : 'reject';
      }
      deps.subscriptions.of(id.env).record(id.openid, results);
      return { errMsg: 'requestSubscribeMessage:ok', ...results };
    },
    'POST /__dev/storage/upload': async (req, id, url) => {
      const cloudPath = url.searchParams.get('cloudPath');
      assertCloudPath(cloudPath);
      const bytes = await readBody(req, deps.maxBodyBytes);
      deps.storage.files(id.env).put(cloudPath, bytes, req.headers['content-type']);
      return { fileID: fileIdOf(id.env, cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' };
    },
    'POST /__dev/storage/temp-urls': async (req) => {
      const body = await jsonBody(req, deps.maxBodyBytes);
      if (!isPlainObject(body) || !Array.isArray(body.fileList)) throw invalidParam('expected { fileList }');
      const fileList = body.fileList.map((item: unknown) => {
        const fileID = isPlainObject(item) ? item.fileID : item;
        const maxAge = isPlainObject(item) && typeof item.maxAge === 'number' ? item.maxAge : DEFAULT_MAX_AGE_S;
        const r = deps.storage.tempUrl(fileID, maxAge);
        const ok = r.code === 'SUCCESS';
        return {
          fileID: r.fileID,
          tempFileURL: r.tempFileURL,
          maxAge,
          status: ok ? 0 : -503003,
          errMsg: ok ? 'ok' : 'file not exists',
        };
      });
      return { fileList, errMsg: 'getTempFileURL:ok' };
    },
  };
}

async function callFunction(req: IncomingMessage, id: DevIdentity, name: string, deps: DevDeps): Promise<unknown> {
  const data = await jsonBody(req, deps.maxBodyBytes);
  const requestId = newRequestId();
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
