import { blockText } from '../../../policies/compact';
import type { Block } from '../../../policies/generated';

export interface ClauseChange {
  kind: 'added' | 'removed' | 'changed';
  /** The clause number or heading the change is under, e.g. "10.2". */
  clause: string;
  before?: string;
  after?: string;
}

const CLAUSE_NUMBER = /^\s*(\d+(?:\.\d+)*)(?=\s|[^\d.]|$)/;

/** Clauses keyed by their number ("10.2"), or by their own text when unnumbered. */
function clauses(blocks: readonly Block[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of blocks) {
    const text = blockText(block).trim();
    if (!text) continue;
    const key = block.kind === 'heading' ? `§${text}` : (CLAUSE_NUMBER.exec(text)?.[1] ?? text);
    map.set(key, map.has(key) ? `${map.get(key)}\n${text}` : text);
  }
  return map;
}

/** What changed between two versions of a document, clause by clause, in the new version's order. */
export function diffClauses(before: readonly Block[], after: readonly Block[]): ClauseChange[] {
  const old = clauses(before);
  const now = clauses(after);
  const label = (key: string, text: string) => (key === text ? text.slice(0, 16) : key.replace(/^§/, ''));
  const changes: ClauseChange[] = [];
  for (const [key, text] of now) {
    const previous = old.get(key);
    if (previous === undefined) changes.push({ kind: 'added', clause: label(key, text), after: text });
    else if (previous !== text)
      changes.push({ kind: 'changed', clause: label(key, text), before: previous, after: text });
  }
  for (const [key, text] of old) {
    if (!now.has(key)) changes.push({ kind: 'removed', clause: label(key, text), before: text });
  }
  return changes;
}
