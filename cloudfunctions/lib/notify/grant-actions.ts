import { requireAccount } from '../account/account-guard';
import { RecordGrantsInputSchema, type TemplateView } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { NotifyDeps } from './notify.deps';

/** The templates to ask for (their ids differ per environment) and what I have left of each. */
export async function listTemplates(_input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<TemplateView[]> {
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const grants = await deps.delivery.grants.forAccount(account._id);
  return deps.delivery.templates.map((t) => {
    const grant = grants.find((g) => g.templateId === t.id);
    return {
      id: t.id,
      title: t.title,
      kinds: [...t.kinds],
      longTerm: t.longTerm,
      remaining: t.longTerm && grant?.longTerm ? null : (grant?.remaining ?? 0),
    };
  });
}

/**
 * Records what requestSubscribeMessage answered: each acceptance of a one-time template allows one
 * send; a long-term template stays allowed until refused; `ban` (the person switched them off in
 * WeChat) clears the template.
 */
export async function recordGrants(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<TemplateView[]> {
  const { decisions } = parseInput(RecordGrantsInputSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const now = ctx.now.getTime();
  const entries = Object.entries(decisions);
  for (const [templateId] of entries) {
    if (!deps.delivery.templates.some((t) => t.id === templateId)) throw new AppError('NOTIFY.TEMPLATE_UNKNOWN');
  }
  for (const [templateId, decision] of entries) {
    const template = deps.delivery.templates.find((t) => t.id === templateId);
    if (decision === 'accept') {
      await deps.delivery.grants.record(
        account._id,
        templateId,
        template?.longTerm ? { add: 0, longTerm: true } : { add: 1 },
        now,
      );
    } else if (decision === 'ban' || (decision === 'reject' && template?.longTerm)) {
      await deps.delivery.grants.record(account._id, templateId, { add: 0, clear: true }, now);
    }
  }
  return listTemplates(undefined, ctx, deps);
}
