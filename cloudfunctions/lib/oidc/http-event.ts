/**
 * The CloudBase HTTP access service's integrated request and response (集成请求 / 集成响应,
 * docs.cloudbase.net/service/access-cloud-function; cloud.tencent.com/document/product/876/41776):
 * the request arrives as `{ path, httpMethod, headers, queryStringParameters, body,
 * isBase64Encoded }`, and a returned `{ statusCode, headers, body, isBase64Encoded }` becomes the
 * HTTP response as is.
 */
export interface HttpAccessEvent {
  path: string;
  httpMethod: string;
  headers: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

export interface HttpAccessResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

export function isHttpAccessEvent(event: unknown): event is HttpAccessEvent {
  if (typeof event !== 'object' || event === null) return false;
  const e = event as Record<string, unknown>;
  return typeof e.httpMethod === 'string' && typeof e.path === 'string' && typeof e.headers === 'object';
}

export function header(event: HttpAccessEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const hit = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === wanted);
  return hit?.[1];
}

function rawBody(event: HttpAccessEvent): string {
  const body = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}

/** The token and revocation endpoints take application/x-www-form-urlencoded only (RFC 6749 §3.2). */
export function formParams(event: HttpAccessEvent): URLSearchParams | null {
  const type = header(event, 'content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return null;
  return new URLSearchParams(rawBody(event));
}

export function jsonResponse(
  statusCode: number,
  body: unknown,
  extra: Record<string, string> = {},
): HttpAccessResponse {
  return {
    statusCode,
    // RFC 6749 §5.1: token responses are never cached.
    headers: { 'content-type': 'application/json;charset=utf-8', 'cache-control': 'no-store', ...extra },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

/**
 * A page for a person's browser (the authorization endpoint): never cached, no referrer sent on,
 * and a content security policy the caller writes for the page. No frame-ancestors and no
 * X-Frame-Options: the mini-program's web-view shows it in a frame on H5.
 */
export function htmlResponse(statusCode: number, html: string, contentSecurityPolicy: string): HttpAccessResponse {
  return {
    statusCode,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'content-security-policy': contentSecurityPolicy,
    },
    body: html,
    isBase64Encoded: false,
  };
}
