import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../chain/canonical-json';
import type { DeviceInfo } from '../contract/consent';

/** A fresh salt per entry: without it an IP (2^32 values) would be found from its digest by trying them all. */
export function newPiiSalt(): string {
  return randomBytes(16).toString('hex');
}

/**
 * What a ledger entry's hash covers in place of the IP and device: their salted sha256. While the
 * salt is kept it proves the stored values; once salt, IP and device are erased it links to no one.
 */
export function piiDigest(salt: string, clientIp: string | null, device: DeviceInfo | null): string {
  return createHash('sha256')
    .update(`${salt}\n${canonicalJson({ clientIp, device })}`, 'utf8')
    .digest('hex');
}
