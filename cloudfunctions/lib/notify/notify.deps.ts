import type { GuardDeps } from '../account/account-guard';
import { accountRepository } from '../account/account.repository';
import type { AuditRecorder } from '../audit/audit-recorder';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { sessionRepository } from '../account/session.repository';
import { sessionStore } from '../account/session.store';
import { COLLECTIONS } from '../infra/collections';
import { documentStore } from '../infra/document-store';
import type { DeliveryDeps } from './deliver-notice';
import { loadDeliveryDeps } from './delivery-config';

export interface NotifyDeps {
  guard: GuardDeps;
  audit: AuditRecorder;
  delivery: DeliveryDeps;
  /** A claim older than this, left by a runner that stopped, may be taken over. */
  staleClaimMs: number;
  /** How long one runPushJob call works before it returns progress (under the function's timeout). */
  runBudgetMs: number;
}

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

export function createNotifyDeps(env: Record<string, string | undefined> = process.env): NotifyDeps {
  return {
    guard: {
      accounts: accountRepository(documentStore(COLLECTIONS.accounts)),
      sessions: sessionRepository(sessionStore()),
    },
    audit: createAuditRecorder(env),
    delivery: loadDeliveryDeps(env),
    staleClaimMs: positive(env, 'QYB_PUSH_STALE_CLAIM_MS', 120_000),
    runBudgetMs: positive(env, 'QYB_PUSH_RUN_BUDGET_MS', 20_000),
  };
}
