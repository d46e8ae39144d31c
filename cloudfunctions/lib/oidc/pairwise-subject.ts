import { createHmac, hkdfSync } from 'node:crypto';
import type { OidcClientRecord } from './oidc.records';

/** Turns an account id into the `sub` one sector (one service, or one operator's services) sees. */
export type SubjectFor = (sector: string, accountId: string) => string;

/**
 * Pairwise subject identifiers (OIDC Core §8.1, §17.3): each sector gets its own `sub` for a
 * person, so two services comparing their users cannot tell they share one. The key is derived
 * from QYB_INDEX_KEY with its own HKDF label (no new secret to deploy, never the index key
 * itself); like the index key it is never rotated in place, or every service would see new users.
 */
export function pairwiseSubjects(indexKey: Buffer): SubjectFor {
  const key = Buffer.from(hkdfSync('sha256', indexKey, Buffer.alloc(0), 'qyb-oidc-pairwise-sub-v1', 32));
  return (sector, accountId) => createHmac('sha256', key).update(`${sector}\n${accountId}`).digest('base64url');
}

/**
 * The client's sector: the one staff set when registering it (several services of one operator
 * may share one, OIDC Core §8.1), otherwise the client itself.
 */
export function sectorOf(client: Pick<OidcClientRecord, '_id' | 'sectorId'>): string {
  return client.sectorId ?? client._id;
}
