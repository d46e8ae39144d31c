/** Ordering, paging, projection, counting and the edges of get(). */
import { useLocalCloud, type Database } from '../../support/local-cloud';

const cloud = useLocalCloud({ collections: ['rows'] });

describe('reads', () => {
  let db: Database;

  beforeAll(async () => {
    db = cloud().sdk({ env: cloud().freshEnv() }).database();
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      _id: `r${String(i).padStart(4, '0')}`,
      i,
      group: i % 3,
      label: `L${i % 7}`,
    }));
    for (let at = 0; at < rows.length; at += 400) await db.collection('rows').add({ data: rows.slice(at, at + 400) });
  });

  it('get() without limit answers 100 documents in insertion order', async () => {
    const r = await db.collection('rows').get();
    expect(r.data).toHaveLength(100);
    expect((r.data[0] as { _id: string })._id).toBe('r0000');
  });

  it('limit is capped at 1000', async () => {
    const r = await db.collection('rows').limit(1000).get();
    expect(r.data).toHaveLength(1000);
    const raw = db.collection('rows') as unknown as { limit(n: number): { get(): Promise<{ data: unknown[] }> } };
    await expect(
      raw
        .limit(1001)
        .get()
        .then((x) => x.data.length),
    ).resolves.toBeLessThanOrEqual(1000);
  });

  it('skip and limit page through, past the end gives an empty page', async () => {
    const page = await db.collection('rows').orderBy('i', 'asc').skip(1195).limit(10).get();
    expect((page.data as { i: number }[]).map((d) => d.i)).toEqual([1195, 1196, 1197, 1198, 1199]);
    const beyond = await db.collection('rows').skip(5000).get();
    expect(beyond.data).toEqual([]);
  });

  it('orderBy on several fields', async () => {
    const r = await db
      .collection('rows')
      .where({ i: db.command.lt(9) })
      .orderBy('group', 'desc')
      .orderBy('i', 'asc')
      .get();
    expect((r.data as { i: number }[]).map((d) => d.i)).toEqual([2, 5, 8, 1, 4, 7, 0, 3, 6]);
  });

  it('field() projects, keeping _id', async () => {
    const r = await db.collection('rows').where({ i: 7 }).field({ label: true }).get();
    expect(r.data).toEqual([{ _id: 'r0007', label: 'L0' }]);
  });

  it('count() counts every match, not only a page', async () => {
    expect((await db.collection('rows').count()).total).toBe(1200);
    expect((await db.collection('rows').where({ group: 1 }).count()).total).toBe(400);
  });

  it('doc().get() of a missing id throws like CloudBase, or gives null when asked', async () => {
    await expect(db.collection('rows').doc('missing').get()).rejects.toMatchObject({
      errMsg: expect.stringContaining('does not exist'),
    });
    const lenient = cloud()
      .sdk({ env: cloud().freshEnv() })
      .database({ throwOnNotFound: false } as never);
    expect((await lenient.collection('rows').doc('missing').get()).data).toBeNull();
  });
});
