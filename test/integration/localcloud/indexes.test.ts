/** Declared indexes: SQLite expression indexes used by equality/range queries; unique enforced. */
import { buildPrefilter } from '../../../localcloud/database/sql-prefilter';
import { tableName } from '../../../localcloud/database/json-path';
import { useLocalCloud } from '../../support/local-cloud';

const cloud = useLocalCloud({
  collections: ['events', 'loose', 'people', 'tagged'],
  indexes: [
    { collection: 'people', fields: ['city', 'age'] },
    { collection: 'people', fields: ['profile.code'], unique: true },
    { collection: 'events', fields: ['at'] },
    { collection: 'tagged', fields: ['tag'] },
  ],
});

function plan(env: string, collection: string, query: Record<string, unknown>): string {
  const store = cloud().cloud.store(env);
  const filter = buildPrefilter(query, store.prefilterFields(collection));
  if (!filter) return 'SCAN (no prefilter)';
  const rows = store.db
    .prepare(`EXPLAIN QUERY PLAN SELECT id FROM ${tableName(collection)} WHERE ${filter.sql}`)
    .all(...filter.params) as {
    detail: string;
  }[];
  return rows.map((r) => r.detail).join('; ');
}

describe('indexes', () => {
  it('equality and range queries on indexed fields search the index instead of scanning', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    const _ = db.command;
    await db.collection('people').add({
      data: Array.from({ length: 50 }, (_v, i) => ({
        city: i % 2 ? 'Zhuhai' : 'Macao',
        age: i,
        profile: { code: `C${i}` },
      })),
    });
    expect(plan(env, 'people', { city: 'Zhuhai' })).toMatch(/SEARCH .* USING INDEX/);
    expect(plan(env, 'people', { city: 'Zhuhai', age: { $gte: 10, $lt: 20 } })).toMatch(/USING INDEX/);
    expect(plan(env, 'people', { 'profile.code': { $in: ['C1', 'C2'] } })).toMatch(/USING INDEX/);
    const r = await db
      .collection('people')
      .where({ city: 'Zhuhai', age: _.gte(10).and(_.lt(20)) })
      .get();
    expect((r.data as { age: number }[]).map((d) => d.age)).toEqual([11, 13, 15, 17, 19]);
  });

  it('_id equality, ranges and $in use the primary key on any collection, with the same answers', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    const _ = db.command;
    await db
      .collection('loose')
      .add({ data: Array.from({ length: 30 }, (_v, i) => ({ _id: `k${String(i).padStart(2, '0')}`, n: i })) });
    expect(plan(env, 'loose', { _id: 'k03' })).toMatch(/SEARCH .*sqlite_autoindex.*\(id=\?\)/);
    expect(plan(env, 'loose', { _id: { $in: ['k01', 'k02'] } })).toMatch(/SEARCH/);
    expect(plan(env, 'loose', { _id: { $gt: 'k25' } })).toMatch(/SEARCH/);
    expect(plan(env, 'loose', { n: 3 })).toBe('SCAN (no prefilter)');
    const after = await db
      .collection('loose')
      .where({ _id: _.gt('k25'), n: _.lt(29) })
      .orderBy('_id', 'asc')
      .get();
    expect((after.data as { n: number }[]).map((d) => d.n)).toEqual([26, 27, 28]);
    const some = await db
      .collection('loose')
      .where({ _id: _.in(['k01', 'k29', 'nope']) })
      .get();
    expect((some.data as { n: number }[]).map((d) => d.n).sort()).toEqual([1, 29]);
  });

  it('date ranges use the index and keep Mongo semantics', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await db
      .collection('events')
      .add({ data: [{ at: new Date('2026-01-01') }, { at: new Date('2026-06-01') }, { at: 'not a date' }] });
    expect(plan(env, 'events', { at: { $gt: new Date('2026-03-01') } })).toMatch(/USING INDEX/);
    const r = await db
      .collection('events')
      .where({ at: db.command.gt(new Date('2026-03-01')) })
      .get();
    expect(r.data).toHaveLength(1);
  });

  it('a unique index refuses a duplicate through the SDK', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await db.collection('people').add({ data: { profile: { code: 'U1' } } });
    await expect(db.collection('people').add({ data: { profile: { code: 'U1' } } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('duplicate key'),
    });
    const other = await db.collection('people').add({ data: { profile: { code: 'U2' } } });
    await expect(
      db
        .collection('people')
        .doc(String(other._id))
        .update({ data: { 'profile.code': 'U1' } }),
    ).rejects.toMatchObject({
      errCode: -502001,
    });
    expect((await db.collection('people').count()).total).toBe(2);
  });

  it('once a field holds an array, queries on it fall back to a scan and still match elements', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await db.collection('tagged').add({ data: [{ tag: 'a' }, { tag: ['a', 'b'] }, { tag: 'b' }] });
    expect(plan(env, 'tagged', { tag: 'a' })).toBe('SCAN (no prefilter)');
    expect((await db.collection('tagged').where({ tag: 'a' }).count()).total).toBe(2);
  });
});
