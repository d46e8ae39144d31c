/** HMAC-signed, expiring capabilities for the upload PUT and the temp download URL. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export class UrlSigner {
  private readonly key = randomBytes(32);

  sign(purpose: string, env: string, cloudPath: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${purpose}\n${env}\n${cloudPath}\n${expires}`).digest('base64url');
  }

  verify(purpose: string, env: string, cloudPath: string, expires: number, sig: string): 'ok' | 'expired' | 'bad' {
    const want = Buffer.from(this.sign(purpose, env, cloudPath, expires));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return 'bad';
    return Date.now() > expires ? 'expired' : 'ok';
  }
}

/** Cloud paths travel in URLs as base64url so encodeURI() on the SDK side cannot alter them. */
export function pathToken(cloudPath: string): string {
  return Buffer.from(cloudPath).toString('base64url');
}

export function pathFromToken(token: string): string {
  return Buffer.from(token, 'base64url').toString();
}
