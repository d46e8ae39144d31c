/**
 * The twin runs with admin power on 127.0.0.1 (any `/tcb` caller without a dev credential is an
 * admin), so a web page the developer happens to visit must not be able to reach it:
 * - DNS rebinding: a page on evil.example whose name later resolves to 127.0.0.1 sends
 *   `Host: evil.example:3900`; only loopback names with this server's port are served.
 * - Cross-site posts: a browser sends `Origin` on every cross-site POST, and a form can post
 *   `text/plain` or `multipart/form-data` without CORS; wx-server-sdk sends no `Origin`, the
 *   H5 app sends its own loopback one.
 * - `/tcb` takes what wx-server-sdk sends (CLOUDBASE-WIRE.md §0, §5): `application/json`, and
 *   `multipart/form-data` only for `wx.openApi`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './body';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** `Host` names this machine's loopback interface and the port this server listens on. */
export function isLoopbackHost(host: string | undefined, localPort: number | undefined): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!m || !LOOPBACK_NAMES.has(m[1] as string)) return false;
  return Number(m[2] ?? 80) === localPort;
}

export function isLoopbackOrigin(origin: string | undefined): boolean {
  return origin === undefined || LOOPBACK_ORIGIN.test(origin);
}

function refuse(res: ServerResponse, message: string): true {
  sendJson(res, 403, { code: 'FORBIDDEN', message, errCode: -1, errMsg: message });
  return true;
}

/** Answers 403 and returns true when the request does not come from this machine's own pages or tools. */
export function refuseForeignHost(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isLoopbackHost(req.headers.host, req.socket.localPort)) {
    return refuse(res, `the local cloud answers only http://127.0.0.1, localhost or [::1] on its port`);
  }
  if (!isLoopbackOrigin(req.headers.origin)) return refuse(res, `cross-site request from ${req.headers.origin}`);
  return false;
}

/** What `/tcb` accepts: the SDK's JSON, or its multipart form (wx.openApi only, checked after parsing). */
export function tcbBodyKind(contentType: string | undefined): 'json' | 'multipart' | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'multipart/form-data') return 'multipart';
  return null;
}

export function refuseTcbRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (refuseForeignHost(req, res)) return true;
  if (tcbBodyKind(req.headers['content-type']) === null) {
    sendJson(res, 415, { code: 'INVALID_PARAM', message: 'the SDK endpoint takes application/json only' });
    return true;
  }
  return false;
}
