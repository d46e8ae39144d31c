import type { AccountDeps } from '../account/account.deps';
import type { LinkedRepository } from './linked.records';

/** The account function's own deps, the bindings, and where provider settings come from. */
export interface LinkDeps {
  account: AccountDeps;
  linked: LinkedRepository;
  env: () => Readonly<Record<string, string | undefined>>;
}

/** A link or sign-in must come back within this (the person reads and approves at the provider). */
export const LINK_STATE_MS = 10 * 60 * 1000;
