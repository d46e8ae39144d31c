/** Every update operator the SDK exposes, plus set/replace, upsert and serverDate. */
import { postTcb, useLocalCloud, type Database } from '../../support/local-cloud';
import { types } from 'node:util';

const cloud = useLocalCloud({ collections: ['counters', 'docs', 'many', 'trash'] });

describe('update operators', () => {
  let db: Database;
  let n = 0;
  const fresh = async (
    data: Record<string, unknown>,
  ): Promise<{ id: string; read: () => Promise<Record<string, unknown>> }> => {
    const id = `d${++n}`;
    await db.collection('docs').add({ data: { _id: id, ...data } });
    return { id, read: async () => (await db.collection('docs').doc(id).get()).data as Record<string, unknown> };
  };

  beforeAll(() => {
    db = cloud().sdk({ env: cloud().freshEnv() }).database();
  });

  it('set (plain fields, nested by dot path) and _.set replacing a sub-object', async () => {
    const _ = db.command;
    const d = await fresh({ a: 1, o: { x: 1, y: 2 } });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { b: 2, o: { x: 9 } } });
    expect(await d.read()).toMatchObject({ a: 1, b: 2, o: { x: 9, y: 2 } });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { o: _.set({ z: 3 }) } });
    expect((await d.read()).o).toEqual({ z: 3 });
  });

  it('remove, inc, mul, min, max', async () => {
    const _ = db.command;
    const d = await fresh({ gone: true, n: 10, m: 3, lo: 5, hi: 5 });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { gone: _.remove(), n: _.inc(-4), m: _.mul(2), lo: _.min(2), hi: _.max(8) } });
    const r = await d.read();
    expect(r).not.toHaveProperty('gone');
    expect(r).toMatchObject({ n: 6, m: 6, lo: 2, hi: 8 });
  });

  it('push, pop, shift, unshift', async () => {
    const _ = db.command;
    const d = await fresh({ a: [1, 2, 3], b: [1, 2, 3], c: [1, 2, 3], e: [1] });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { a: _.push([4, 5]), b: _.pop(), c: _.shift(), e: _.unshift([-1, 0]) } });
    expect(await d.read()).toMatchObject({ a: [1, 2, 3, 4, 5], b: [1, 2], c: [2, 3], e: [-1, 0, 1] });
  });

  it('push with position, slice and sort', async () => {
    const _ = db.command;
    const d = await fresh({ a: [3, 1] });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { a: _.push({ each: [2, 5], sort: 1, slice: 3 }) } });
    expect((await d.read()).a).toEqual([1, 2, 3]);
  });

  it('addToSet, pull, pullAll', async () => {
    const _ = db.command;
    const d = await fresh({ s: ['a'], p: [1, 5, 9], q: [1, 2, 1, 3] });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { s: _.addToSet('a'), p: _.pull(_.gt(4)), q: _.pullAll([1, 3]) } });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { s: _.addToSet({ $each: ['b', 'c', 'a'] }) } });
    expect(await d.read()).toMatchObject({ s: ['a', 'b', 'c'], p: [1], q: [2] });
  });

  it('rename', async () => {
    const _ = db.command;
    const d = await fresh({ old: 'v' });
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { old: _.rename('fresh') } });
    const r = await d.read();
    expect(r.fresh).toBe('v');
    expect(r).not.toHaveProperty('old');
  });

  it('serverDate stores a real date, with an offset', async () => {
    const before = Date.now();
    const d = await fresh({
      at: db.serverDate(),
      later: (db.serverDate as unknown as (o: { offset: number }) => unknown)({ offset: 60_000 }),
    });
    const r = await d.read();
    expect(types.isDate(r.at)).toBe(true);
    expect((r.at as Date).getTime()).toBeGreaterThanOrEqual(before - 5);
    expect((r.later as Date).getTime() - (r.at as Date).getTime()).toBeGreaterThanOrEqual(59_000);
    await db
      .collection('docs')
      .doc(d.id)
      .update({ data: { touched: db.serverDate() } });
    expect(types.isDate((await d.read()).touched)).toBe(true);
  });

  it('where().update() changes every match and reports how many changed', async () => {
    const _ = db.command;
    await db.collection('many').add({
      data: [
        { k: 1, v: 0 },
        { k: 1, v: 0 },
        { k: 2, v: 0 },
      ],
    });
    const r = await db
      .collection('many')
      .where({ k: 1 })
      .update({ data: { v: _.inc(1) } });
    expect(r.stats.updated).toBe(2);
    expect((await db.collection('many').where({ v: 1 }).count()).total).toBe(2);
  });

  it('doc().set() replaces the document, or creates it (upsert)', async () => {
    const d = await fresh({ a: 1, b: 2 });
    const replaced = await db
      .collection('docs')
      .doc(d.id)
      .set({ data: { c: 3 } });
    expect(replaced.stats).toEqual({ updated: 1, created: 0 });
    expect(await d.read()).toEqual({ _id: d.id, c: 3 });
    const created = await db
      .collection('docs')
      .doc('brand-new')
      .set({ data: { x: 1 } });
    expect(created).toMatchObject({ _id: 'brand-new', stats: { updated: 0, created: 1 } });
  });

  it('modifyAndReturnDoc (not wrapped by wx-server-sdk) answers the updated document', async () => {
    const env = cloud().freshEnv();
    const sdkDb = cloud().sdk({ env }).database();
    await sdkDb.collection('counters').add({ data: { _id: 'c1', name: 'seq', value: 1 } });
    const r = await postTcb(
      cloud().cloud.serviceUrl,
      {
        action: 'database.modifyAndReturnDoc',
        collectionName: 'counters',
        queryType: 'WHERE',
        query: '{"name":"seq"}',
        data: '{"$inc":{"value":{"$numberInt":"1"}}}',
      },
      env,
    );
    const data = r.data as { updated: number; doc: string };
    expect(data.updated).toBe(1);
    expect(JSON.parse(data.doc)).toMatchObject({ _id: 'c1', value: 2 });
  });

  it('remove() by doc and by where', async () => {
    await db.collection('trash').add({ data: [{ _id: 't1', k: 1 }, { k: 2 }, { k: 2 }] });
    expect((await db.collection('trash').doc('t1').remove()).stats.removed).toBe(1);
    expect((await db.collection('trash').where({ k: 2 }).remove()).stats.removed).toBe(2);
    expect((await db.collection('trash').count()).total).toBe(0);
  });
});
