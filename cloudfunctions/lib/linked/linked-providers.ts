import { AppError } from '../errors/app-error';

/** One outside OpenID provider 琴易办 signs in through, as its operator registered us there. */
export interface LinkedProvider {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  /** From the environment only: never in config data or the database. */
  clientSecret: string;
  /** Where the provider sends the person back (our callback page, see localcloud/PARITY.md). */
  redirectUri: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The providers we can be registered with. Names are written out whole so the deploy's operator
 * list (scripts/deploy/operator-env.ts) and the code that reads them say the same thing. A provider
 * without all four values is not offered: 粤信签 and others issue client credentials one by one.
 */
const PROVIDERS = [
  {
    id: 'yuexinqian',
    name: '粤信签',
    env: {
      issuer: 'QYB_LINKED_YUEXINQIAN_ISSUER',
      clientId: 'QYB_LINKED_YUEXINQIAN_CLIENT_ID',
      clientSecret: 'QYB_LINKED_YUEXINQIAN_CLIENT_SECRET',
      redirectUri: 'QYB_LINKED_YUEXINQIAN_REDIRECT_URI',
    },
  },
] as const;

/** The configured providers, read per call so an operator's change needs no redeploy of code. */
export function configuredProviders(env: Env): LinkedProvider[] {
  return PROVIDERS.flatMap(({ id, name, env: keys }) => {
    const issuer = env[keys.issuer];
    const clientId = env[keys.clientId];
    const clientSecret = env[keys.clientSecret];
    const redirectUri = env[keys.redirectUri];
    if (!issuer || !clientId || !clientSecret || !redirectUri) return [];
    return [{ id, name, issuer: issuer.replace(/\/$/, ''), clientId, clientSecret, redirectUri }];
  });
}

export function providerById(env: Env, id: string): LinkedProvider {
  const provider = configuredProviders(env).find((p) => p.id === id);
  if (!provider) throw new AppError('LINKED.PROVIDER_UNKNOWN');
  return provider;
}
