/**
 * The database and runtime the functions need, checked against their declarations: every index is
 * on a declared collection (CloudBase answers -502005 for a collection never created), and the
 * runtime is a CloudBase Node.js runtime of 18 or newer with a matching esbuild target.
 */
import { refusal, type Refusal } from './deploy.errors';

export interface IndexSpec {
  collection: string;
  fields: readonly string[];
  unique?: boolean;
}

export interface PlannedIndex {
  collection: string;
  name: string;
  fields: readonly string[];
  unique: boolean;
}

/** A stable name per index, so a second deploy finds it and creates nothing twice. */
export function indexName(fields: readonly string[]): string {
  return fields.map((f) => `${f.replace(/\./g, '_')}_1`).join('_');
}

export function planIndexes(collections: readonly string[], indexes: readonly IndexSpec[]) {
  const refusals: Refusal[] = [];
  const planned: PlannedIndex[] = [];
  for (const index of indexes) {
    if (!collections.includes(index.collection)) {
      refusals.push(
        refusal(
          'INDEX_COLLECTION_UNDECLARED',
          index.collection,
          `索引 ${index.fields.join('+')} 所在集合未在 COLLECTIONS 中声明`,
        ),
      );
      continue;
    }
    const name = indexName(index.fields);
    if (!planned.some((p) => p.collection === index.collection && p.name === name)) {
      planned.push({ collection: index.collection, name, fields: index.fields, unique: index.unique ?? false });
    }
  }
  return { indexes: planned, refusals };
}

export function undeclaredCollections(fn: string, used: readonly string[], declared: readonly string[]): Refusal[] {
  return used
    .filter((name) => !declared.includes(name))
    .map((name) => refusal('COLLECTION_UNDECLARED', fn, `使用了未声明的集合 ${name}`));
}

export interface RuntimeDecl {
  name: string;
  esbuildTarget: string;
}

export function checkRuntime(runtime: RuntimeDecl): Refusal[] {
  const match = /^Nodejs(\d+)\.(\d+)$/.exec(runtime.name);
  const major = Number(match?.[1] ?? 0);
  if (!match || major < 18) {
    return [
      refusal(
        'RUNTIME_INVALID',
        runtime.name,
        '云函数运行时须为 Nodejs18.15 或更新（全局 fetch、AbortSignal.timeout）',
      ),
    ];
  }
  if (runtime.esbuildTarget !== `node${major}`) {
    return [refusal('RUNTIME_INVALID', runtime.esbuildTarget, `构建目标须与运行时一致：node${major}`)];
  }
  return [];
}
