/**
 * One store per environment name, opened on first use (with the declared collections); the
 * transactions that run across them.
 */
import { invalidParam } from '../tcb/cloud-error';
import type { IndexDecl } from './index-decl';
import { EnvStore } from './store';
import { TransactionManager } from './transactions';

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function assertEnvName(env: unknown): asserts env is string {
  if (typeof env !== 'string' || !ENV_NAME.test(env))
    throw invalidParam(`invalid environment name ${JSON.stringify(env)}`);
}

export class Environments {
  private readonly stores = new Map<string, EnvStore>();
  readonly transactions = new TransactionManager((env) => this.store(env));

  constructor(
    private readonly dataDir: string,
    private readonly indexes: IndexDecl[],
    private readonly maxDocumentBytes: number,
    /** Created in every environment when it is opened (see collection-decl.ts). */
    private readonly collections: readonly string[] = [],
  ) {}

  store(env: string): EnvStore {
    assertEnvName(env);
    let s = this.stores.get(env);
    if (!s) {
      s = new EnvStore(env, this.dataDir, this.indexes, this.maxDocumentBytes, this.collections);
      this.stores.set(env, s);
    }
    return s;
  }

  closeAll(): void {
    for (const s of this.stores.values()) s.close();
    this.stores.clear();
  }
}
