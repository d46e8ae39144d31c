import type { OidcRepository } from './oidc.repository';
import type { SubjectFor } from './pairwise-subject';
import type { SigningKeys } from './signing-keys';

/** The person's data a service may receive, opened only for the claims its scopes allow. */
export interface PersonSource {
  /** Account name, and the real name opened (the caller masks it for `profile`). */
  person(accountId: string): Promise<{
    accountName: string;
    realName: string;
    verificationLevel: string;
    mobile: string | null;
  } | null>;
  /** Represented, or acted for under an agent grant current on the day of `now` (epoch ms). */
  enterprises(
    accountId: string,
    now: number,
  ): Promise<{ name: string; uscc: string; role: 'representative' | 'agent' }[]>;
}

export interface OidcDeps {
  issuer: string;
  keys: () => Promise<SigningKeys>;
  repository: OidcRepository;
  people: PersonSource;
  /** The pairwise `sub` of an account for a sector. */
  subject: SubjectFor;
}
