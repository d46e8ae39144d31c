import type { StaffActionAuditDeps } from '../audit/staff-action-audit';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { CatalogSource } from '../policy/load-catalog';
import type { ConsentRepository } from './consent.repository';
import { consentStatus } from './consent-status';
import { SENSITIVE_PURPOSE_NAMES, sensitivePurposesOf } from './processing-categories';
import type { ProcessingRule } from './processing-catalog';

export interface ConsentGuardDeps {
  /** The head of the caller's chain: their latest decision per document and purpose. */
  ledger: Pick<ConsentRepository, 'readHead'>;
  /** What is in force now (published, else the build's). */
  catalog: CatalogSource;
  /** Where staff actions are audited (every function's cloud deps carry it; unit tests may leave it out). */
  staffAudit?: StaffActionAuditDeps;
}

/**
 * In front of every action that processes personal information: the launch documents in force
 * agreed by this WeChat identity, and each sensitive category's separate consent on record. Read
 * from the ledger on every call, never cached, so a withdrawal takes effect on the next call.
 * Whose consent: the context's OPENID, which WeChat injects for calls from the mini-program
 * (Cloud.getWXContext, developers.weixin.qq.com/minigame/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.md),
 * never an id from the event.
 */
export async function requireConsent(ctx: CallContext, deps: ConsentGuardDeps, rule: ProcessingRule): Promise<void> {
  if (rule.basis === 'exempt') return;
  const [catalog, head] = await Promise.all([deps.catalog(ctx.now), deps.ledger.readHead(ctx.openid)]);
  const status = consentStatus(catalog, head);
  if (!status.accepted) throw new AppError('CONSENT.REQUIRED');
  // Staff act on other people's information under the bureau's duty: no separate consent of their own.
  if (rule.basis === 'staff') return;
  for (const purpose of sensitivePurposesOf(rule.categories)) {
    if (status.sensitive.some((s) => s.purpose === purpose && s.granted)) continue;
    const name = SENSITIVE_PURPOSE_NAMES[purpose];
    throw new AppError(
      'CONSENT.SENSITIVE_REQUIRED',
      `此项服务需要处理您的${name}，属于敏感个人信息，请先在个人信息保护中心单独同意后再试`,
    );
  }
}
