/** aggregate(): the stages the app uses, run by mingo over the stored documents. */
import { useLocalCloud, type Database } from '../../support/local-cloud';

const cloud = useLocalCloud({ collections: ['orders', 'users', 'readings'] });

describe('aggregate', () => {
  let db: Database;

  beforeAll(async () => {
    db = cloud().sdk({ env: cloud().freshEnv() }).database();
    await db.collection('orders').add({
      data: [
        { _id: 'o1', user: 'u1', amount: 10, items: ['a', 'b'] },
        { _id: 'o2', user: 'u1', amount: 5, items: ['c'] },
        { _id: 'o3', user: 'u2', amount: 7, items: [] },
        { _id: 'o4', user: 'u3', amount: 1, items: ['a'] },
      ],
    });
    await db.collection('users').add({
      data: [
        { _id: 'u1', name: 'Ana' },
        { _id: 'u2', name: 'Bo' },
      ],
    });
  });

  it('match, group, sort', async () => {
    const $ = db.command.aggregate;
    const r = await db
      .collection('orders')
      .aggregate()
      .match({ amount: db.command.gt(1) })
      .group({ _id: '$user', total: $.sum('$amount'), n: $.sum(1) })
      .sort({ total: -1 })
      .end();
    expect(r.list).toEqual([
      { _id: 'u1', total: 15, n: 2 },
      { _id: 'u2', total: 7, n: 1 },
    ]);
  });

  it('project, skip, limit', async () => {
    const r = await db
      .collection('orders')
      .aggregate()
      .sort({ _id: 1 })
      .project({ _id: 0, amount: 1 })
      .skip(1)
      .limit(2)
      .end();
    expect(r.list).toEqual([{ amount: 5 }, { amount: 7 }]);
  });

  it('count', async () => {
    const r = await db.collection('orders').aggregate().match({ user: 'u1' }).count('n').end();
    expect(r.list).toEqual([{ n: 2 }]);
  });

  it('unwind', async () => {
    const r = await db
      .collection('orders')
      .aggregate()
      .match({ _id: 'o1' })
      .unwind('$items')
      .project({ items: 1 })
      .end();
    expect(r.list).toEqual([
      { _id: 'o1', items: 'a' },
      { _id: 'o1', items: 'b' },
    ]);
  });

  it('lookup joins another collection of the same environment', async () => {
    const r = await db
      .collection('orders')
      .aggregate()
      .match({ _id: 'o2' })
      .lookup({ from: 'users', localField: 'user', foreignField: '_id', as: 'who' })
      .end();
    expect(r.list).toEqual([{ _id: 'o2', user: 'u1', amount: 5, items: ['c'], who: [{ _id: 'u1', name: 'Ana' }] }]);
  });

  describe('without a $limit stage', () => {
    beforeAll(async () => {
      const readings = Array.from({ length: 45 }, (_, i) => ({
        _id: `r${String(i).padStart(2, '0')}`,
        kind: `k${i % 25}`,
      }));
      await db.collection('readings').add({ data: readings });
    });

    it('answers at most 20 records, as CloudBase does', async () => {
      const all = await db.collection('readings').aggregate().match({}).end();
      expect(all.list).toHaveLength(20);
      const $ = db.command.aggregate;
      const groups = await db
        .collection('readings')
        .aggregate()
        .group({ _id: '$kind', n: $.sum(1) })
        .sort({ _id: 1 })
        .end();
      expect(groups.list).toHaveLength(20);
    });

    it('answers what an explicit limit allows', async () => {
      const all = await db.collection('readings').aggregate().match({}).limit(100).end();
      expect(all.list).toHaveLength(45);
      const $ = db.command.aggregate;
      const groups = await db
        .collection('readings')
        .aggregate()
        .group({ _id: '$kind', n: $.sum(1) })
        .limit(1000)
        .end();
      expect(groups.list).toHaveLength(25);
    });
  });

  it('an invalid stage is a CloudBase error, not a crash', async () => {
    await expect(
      db
        .collection('orders')
        .aggregate()
        .group({ total: 1 } as never)
        .end(),
    ).rejects.toMatchObject({
      errMsg: expect.any(String),
    });
    expect((await db.collection('orders').count()).total).toBe(4);
  });
});
