/** POST <serviceUrl>: the CloudBase API as wx-server-sdk calls it (JSON, or multipart for wx.openApi). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPlainObject } from '../database/document';
import { assertEnvName } from '../database/environments';
import type { InvocationContexts } from '../functions/invocation-context';
import { CloudError, CODES } from '../tcb/cloud-error';
import { errorReply, newRequestId, type Dispatcher, type Reply } from '../tcb/dispatch';
import { identify } from '../tcb/identity';
import { EXCEED_MAX_PAYLOAD_SIZE, eventTooLarge } from '../functions/event-size';
import { eventTooDeep } from './json-depth';
import { tcbBodyKind } from './loopback-guard';
import { boundaryOf, parseMultipart } from './multipart';
import { clientIp, readBody, sendBytes, sendJson } from './body';

export const DEFAULT_ENV = 'local';

export interface TcbDeps {
  dispatcher: Dispatcher;
  contexts: InvocationContexts;
  appid: string;
  maxBodyBytes: number;
}

function send(res: ServerResponse, reply: Reply): void {
  if ('raw' in reply) sendBytes(res, 200, reply.raw.body, reply.raw.contentType);
  else sendJson(res, 200, reply.json);
}

function parse(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  if (tcbBodyKind(contentType) === 'multipart') {
    const boundary = boundaryOf(contentType);
    const form = boundary ? parseMultipart(raw, boundary) : {};
    if (form.action !== 'wx.openApi')
      throw new CloudError(CODES.invalidParam, 'multipart bodies are for wx.openApi only');
    return form;
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw new CloudError(CODES.invalidParam, `malformed JSON body: ${(e as Error).message}`);
  }
  if (!isPlainObject(body)) throw new CloudError(CODES.invalidParam, 'the request body must be a JSON object');
  return body;
}

export async function handleTcb(req: IncomingMessage, res: ServerResponse, deps: TcbDeps): Promise<void> {
  const requestId = newRequestId();
  try {
    const raw = await readBody(req, deps.maxBodyBytes);
    const body = parse(raw, req.headers['content-type']);
    if (body.action === 'functions.invokeFunction' && typeof body.request_data === 'string') {
      const tooLarge = eventTooLarge(Buffer.byteLength(body.request_data, 'utf8'));
      if (tooLarge) throw new CloudError(EXCEED_MAX_PAYLOAD_SIZE, tooLarge);
      const tooDeep = eventTooDeep(body.request_data);
      if (tooDeep) throw new CloudError(CODES.invalidParam, tooDeep);
    }
    const identity = identify(body, req.headers, clientIp(req), deps.contexts, deps.appid);
    const fromQuery = new URL(req.url ?? '/', 'http://localhost').searchParams.get('env');
    const env = fromQuery || (typeof body.envName === 'string' && body.envName) || identity.env || DEFAULT_ENV;
    assertEnvName(env);
    send(res, await deps.dispatcher.dispatch(body.action, { env, body, caller: identity.caller, requestId }));
  } catch (e) {
    const code = e instanceof CloudError ? e.code : CODES.invalidParam;
    if (!res.headersSent) send(res, errorReply(code, (e as Error).message, requestId));
  }
}
