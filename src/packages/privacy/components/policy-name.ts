import { t } from '../../../i18n';

/**
 * A document by its name in the UI language (t.policy.names, as the agreement screen names it),
 * never its id or the Chinese title it is written under (the text itself stays binding in
 * Simplified Chinese); an id this build no longer names stays as it is rather than vanish.
 */
export const policyName = (id: string): string => (t.policy.names as Record<string, string | undefined>)[id] ?? id;
