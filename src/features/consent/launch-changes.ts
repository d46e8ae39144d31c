import type { DocumentChanges } from '../../components/policy-changes';
import { diffClauses } from './clause-diff';
import { changedDocuments } from './launch-consent';
import { t } from '../../i18n';

/** The changes to show when the person is asked again: per document, summary and clauses. */
export function launchChanges(): DocumentChanges[] {
  return changedDocuments().map(({ current, previous }) => ({
    id: current.id,
    // The name in the UI language; the text itself stays the authoritative Simplified Chinese.
    title: t.policy.names[current.id],
    fromVersion: previous?.version ?? null,
    toVersion: current.version,
    summary: current.changeSummary,
    clauses: previous ? diffClauses(previous.blocks, current.blocks) : [],
  }));
}
