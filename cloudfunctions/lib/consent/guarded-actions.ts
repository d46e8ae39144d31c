import { auditedStaffAction } from '../audit/staff-action-audit';
import type { FunctionName } from '../contract/functions';
import type { Action } from '../handler/create-handler';
import { requireConsent, type ConsentGuardDeps } from './consent-guard';
import { PROCESSING_CATALOG, type ProcessingRule } from './processing-catalog';

/**
 * A function's action table with the consent guard in front of each action, by its entry in the
 * processing catalog. An action without an entry, or an entry without an action, fails when the
 * function loads: nothing reaches personal information without having been classified. Each action
 * of basis `staff` is also audited (staff-action-audit.ts) when the deps carry `staffAudit`.
 */
export function guardedActions<F extends FunctionName>(
  fn: F,
  deps: ConsentGuardDeps,
  actions: Record<string, Action>,
): Record<string, Action> {
  const rules: Record<string, ProcessingRule> = PROCESSING_CATALOG[fn];
  const unlisted = Object.keys(actions).filter((name) => !Object.prototype.hasOwnProperty.call(rules, name));
  const missing = Object.keys(rules).filter((name) => !Object.prototype.hasOwnProperty.call(actions, name));
  if (unlisted.length > 0 || missing.length > 0) {
    throw new Error(`${fn}: processing catalog and actions differ (unlisted: ${unlisted}; missing: ${missing})`);
  }
  return Object.fromEntries(
    Object.entries(actions).map(([name, run]) => {
      const rule = rules[name] as ProcessingRule;
      const guarded: Action = async (input, ctx) => {
        await requireConsent(ctx, deps, rule);
        return run(input, ctx);
      };
      const audit = rule.basis === 'staff' ? deps.staffAudit : undefined;
      return [name, audit ? auditedStaffAction(fn, name, guarded, audit) : guarded];
    }),
  );
}
