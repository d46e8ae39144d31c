/**
 * aggregateDocuments: the SDK sends `stages: [{ stageKey, stageValue: '<EJSON>' }]`. mingo runs the
 * pipeline; `$lookup.from` names resolve to other collections of the same environment. A leading
 * `$match` narrows the candidates through the indexes first. A pipeline without a `$limit` stage
 * answers at most 20 records, as CloudBase does (community reports; the docs are silent).
 */
import { Aggregator } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { invalidParam } from '../tcb/cloud-error';
import type { DocSource } from './doc-source';
import { isPlainObject } from './document';
import { decodeEjson } from './ejson';
import { asQueryError, matching, MINGO_OPTIONS } from './query-engine';

export const AGGREGATE_DEFAULT_LIMIT = 20;

export function decodeStages(stages: unknown): AnyObject[] {
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array');
  return stages.map((s: unknown) => {
    if (!isPlainObject(s) || typeof s.stageKey !== 'string' || typeof s.stageValue !== 'string') {
      throw invalidParam('each stage needs stageKey and stageValue');
    }
    return { [s.stageKey]: decodeEjson(s.stageValue, `stage ${s.stageKey}`) };
  });
}

export function aggregateDocs(src: DocSource, collection: string, pipeline: AnyObject[]): unknown[] {
  const first = pipeline[0];
  const leadingMatch = first && isPlainObject(first.$match) ? first.$match : {};
  const input = matching(src, collection, leadingMatch).map((s) => s.doc);
  const rest = first && isPlainObject(first.$match) ? pipeline.slice(1) : pipeline;
  try {
    const agg = new Aggregator(rest, {
      ...MINGO_OPTIONS,
      collectionResolver: (name: string) => matching(src, name, {}).map((s) => s.doc as AnyObject),
    });
    const out = agg.run(input as AnyObject[]);
    const limited = pipeline.some((stage) => '$limit' in stage);
    return limited ? out : out.slice(0, AGGREGATE_DEFAULT_LIMIT);
  } catch (e) {
    throw asQueryError(e);
  }
}
