import type { OidcRepository } from './oidc.repository';
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
  enterprises(accountId: string): Promise<{ name: string; uscc: string; role: 'representative' | 'agent' }[]>;
}

export interface OidcDeps {
  issuer: string;
  keys: () => Promise<SigningKeys>;
  repository: OidcRepository;
  people: PersonSource;
}
