/**
 * The browser's stand-in for WeChat login: a stable dev openid made on first visit and kept in a
 * cookie; `x-dev-openid` acts as any openid; `x-dev-env` (or `?env=`, or the cookie) picks the
 * environment.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { assertEnvName } from '../database/environments';
import { invalidParam } from '../tcb/cloud-error';
import { DEFAULT_ENV } from './tcb-endpoint';

const OPENID_COOKIE = 'qyb_dev_openid';
const ENV_COOKIE = 'qyb_dev_env';
const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

export interface DevIdentity {
  openid: string;
  env: string;
  /** Cookies to set on the reply. */
  setCookies: string[];
}

function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

/** WeChat openids are 28 characters starting with `o`. */
export function newDevOpenid(): string {
  return `o${randomBytes(21).toString('base64url').slice(0, 27)}`;
}

export function devIdentity(req: IncomingMessage, url: URL): DevIdentity {
  const jar = cookies(req);
  const setCookies: string[] = [];
  const header = req.headers['x-dev-openid'];
  let openid = typeof header === 'string' && header ? header : jar[OPENID_COOKIE];
  if (openid !== undefined && !OPENID.test(openid)) throw invalidParam(`invalid dev openid ${JSON.stringify(openid)}`);
  if (!openid) {
    openid = newDevOpenid();
    setCookies.push(`${OPENID_COOKIE}=${openid}; Path=/; Max-Age=31536000; SameSite=Lax`);
  }
  const envHeader = req.headers['x-dev-env'];
  const env =
    (typeof envHeader === 'string' && envHeader) || url.searchParams.get('env') || jar[ENV_COOKIE] || DEFAULT_ENV;
  assertEnvName(env);
  return { openid, env, setCookies };
}

export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-headers': 'content-type, x-dev-openid, x-dev-env',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    vary: 'Origin',
  };
}
