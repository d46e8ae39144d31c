import { randomUUID } from 'node:crypto';
import { createGuardDeps } from '../account/create-guard-deps';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { loadCryptoKeys } from '../crypto/keys';
import { createFilesDeps } from '../files/create-files-deps';
import { cloudOidcRepository } from './cloud-oidc.repository';
import type { ConsentDeps } from './consent-actions';
import type { OidcDeps } from './oidc.deps';
import { pairwiseSubjects } from './pairwise-subject';
import { cloudPersonSource } from './people-source';
import { loadSigningKeys } from './signing-keys';

/** The oidc function's deps: the HTTP endpoints' (`issuer` is read per request) and the mini-program actions'. */
export interface OidcWiring {
  http: Omit<OidcDeps, 'issuer'>;
  consent: ConsentDeps;
}

export function wireOidc(env: Record<string, string | undefined> = process.env): OidcWiring {
  const repository = cloudOidcRepository();
  const keys = loadSigningKeys(env.QYB_OIDC_SIGNING_KEYS);
  // A key set that does not load fails every call that signs or publishes keys loudly, not quietly.
  keys.catch(() => undefined);
  return {
    http: {
      keys: () => keys,
      repository,
      people: cloudPersonSource(env),
      subject: pairwiseSubjects(loadCryptoKeys(env).indexKey),
    },
    consent: {
      guard: createGuardDeps(),
      repository,
      newId: randomUUID,
      audit: createAuditRecorder(),
      files: createFilesDeps(),
    },
  };
}
