import type { DocumentChanges } from '../../components/policy-changes';
import { diffClauses } from './clause-diff';
import { changedDocuments } from './launch-consent';

/** The changes to show when the person is asked again: per document, summary and clauses. */
export function launchChanges(): DocumentChanges[] {
  return changedDocuments().map(({ current, previous }) => ({
    id: current.id,
    title: current.title,
    fromVersion: previous?.version ?? null,
    toVersion: current.version,
    summary: current.changeSummary,
    clauses: previous ? diffClauses(previous.blocks, current.blocks) : [],
  }));
}
