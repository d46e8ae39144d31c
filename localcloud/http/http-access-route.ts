/**
 * CloudBase's HTTP access service (docs.cloudbase.net/service/access-cloud-function): a request to
 * a trigger path becomes the function's integrated request `{ path, httpMethod, headers,
 * queryStringParameters, body, isBase64Encoded, requestContext }`; a returned `{ statusCode,
 * headers, body, isBase64Encoded }` is the response, any other value is sent as JSON. In CloudBase
 * the environment is the domain; here it is `local`, or `/@<env>` before the trigger path.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FunctionRunner } from '../functions/runner';
import { readBody, sendJson } from './body';

/** Trigger path → function, as configured in the console's 域名关联资源. */
export const HTTP_ACCESS_ROUTES: Readonly<Record<string, string>> = { '/oidc': 'oidc' };

const ENV_PREFIX = /^\/@([A-Za-z0-9_-]{1,64})(\/.*)$/;

interface IntegratedResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

function isIntegrated(value: unknown): value is IntegratedResponse {
  return (
    typeof value === 'object' && value !== null && typeof (value as { statusCode?: unknown }).statusCode === 'number'
  );
}

export async function handleHttpAccess(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: { runner: FunctionRunner; appid: string; maxBodyBytes: number },
): Promise<boolean> {
  const scoped = ENV_PREFIX.exec(url.pathname);
  const env = scoped?.[1] ?? 'local';
  const path = scoped?.[2] ?? url.pathname;
  const trigger = Object.keys(HTTP_ACCESS_ROUTES).find((p) => path === p || path.startsWith(`${p}/`));
  if (!trigger) return false;
  const body = await readBody(req, deps.maxBodyBytes);
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
  );
  const requestId = randomUUID();
  const event = {
    // The request's whole path, as CloudBase passes it (here with the `/@<env>` segment, if any).
    path: url.pathname,
    httpMethod: req.method ?? 'GET',
    headers,
    queryStringParameters: Object.fromEntries(url.searchParams),
    requestContext: { requestId, envId: env, appId: deps.appid },
    body: body.toString('base64'),
    // Bodies are passed base64-encoded, as CloudBase does for non-text ones; functions must honour the flag.
    isBase64Encoded: true,
  };
  const outcome = await deps.runner.invoke({
    name: HTTP_ACCESS_ROUTES[trigger] as string,
    data: event,
    caller: { appid: deps.appid, clientIp: req.socket.remoteAddress ?? '127.0.0.1', source: 'http' },
    env,
    requestId,
  });
  if (!outcome.ok) {
    sendJson(res, 502, { code: 'FUNCTION_FAILED', message: outcome.message });
    return true;
  }
  const result = JSON.parse(outcome.json) as unknown;
  if (!isIntegrated(result)) {
    sendJson(res, 200, result);
    return true;
  }
  res.writeHead(result.statusCode, result.headers ?? {});
  res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
  return true;
}
