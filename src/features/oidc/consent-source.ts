import type { OidcAuthorizationRequest } from '../../../cloudfunctions/lib/contract/oidc';
import { rawPageQuery } from '../../platform/navigation';
import { requestFromCaller } from '../../platform/other-mini-program';

/** The OAuth parameters a request may carry; anything else in the query or extraData is ignored. */
const PARAMS = [
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
];

/** A scan-to-sign-in id as the service's QR code carries it (12 base64url characters). */
const QR_ID = /^[A-Za-z0-9_-]{12}$/;

/**
 * extraData arrives as an object, as sent; a query arrives still encoded, and services' OAuth
 * libraries encode it as a form (a space as `+`, URLSearchParams), so it is decoded that way.
 */
function pick(source: Record<string, unknown>, encoded: boolean): OidcAuthorizationRequest | null {
  const request: OidcAuthorizationRequest = {};
  for (const name of PARAMS) {
    const value = source[name];
    if (typeof value === 'string') request[name] = encoded ? decodeURIComponent(value.replace(/\+/g, ' ')) : value;
  }
  return request.client_id ? request : null;
}

export type ConsentSource =
  { kind: 'request'; request: OidcAuthorizationRequest; referrerAppId?: string } | { kind: 'qr'; qrId: string };

/**
 * Where a scanned QR puts its id: a mini-program code passes `scene` (encoded, `q%3D<id>`;
 * developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html);
 * a plain QR of the service's `qr_content` (`<issuer>/qr/<id>`), with the 扫普通链接二维码 rule
 * configured, passes the whole link encoded as `q` (developers.weixin.qq.com/miniprogram/introduction/qrcode).
 */
export function qrIdOf(query: Record<string, string | undefined>): string | null {
  const scene = query.scene ? decodeURIComponent(query.scene) : '';
  const link = query.q ? decodeURIComponent(query.q) : '';
  const id = scene.startsWith('q=') ? scene.slice(2) : (/\/qr\/([^/?#]+)$/.exec(link)?.[1] ?? link);
  return QR_ID.test(id) ? id : null;
}

/** Where the request comes from: another mini-program (with its appid, as WeChat gives it), a QR, or the page query. */
export function consentSource(): ConsentSource | null {
  const caller = requestFromCaller();
  if (caller) {
    const request = pick(caller.extraData, false);
    return request ? { kind: 'request', request, referrerAppId: caller.appId } : null;
  }
  // Raw: a request's parameters are form-encoded by the service that wrote them (pick decodes them).
  const query = rawPageQuery();
  const qrId = qrIdOf(query);
  if (qrId) return { kind: 'qr', qrId };
  const request = pick(query, true);
  return request ? { kind: 'request', request } : null;
}

/**
 * What the in-app scanner read, as the consent page's query: a service's `qr_content`
 * (`<issuer>/qr/<id>`) goes as `q`, as WeChat passes a scanned link; anything else is not ours.
 */
export function consentQueryOfScan(scanned: string): { q: string } | null {
  if (!/^https?:\/\/[^\s]+\/qr\/[A-Za-z0-9_-]{12}$/.test(scanned)) return null;
  return qrIdOf({ q: encodeURIComponent(scanned) }) ? { q: scanned } : null;
}
