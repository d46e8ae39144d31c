/** Transactions: commit, rollback on throw, isolation and conflict, through the real SDK. */
import { useLocalCloud, type Database } from '../../support/local-cloud';

const cloud = useLocalCloud({ collections: ['accounts', 'ledger'] });

type Tx = Awaited<ReturnType<Database['startTransaction']>>;

describe('transactions', () => {
  let db: Database;

  beforeEach(async () => {
    db = cloud().sdk({ env: cloud().freshEnv() }).database();
    await db.collection('accounts').add({
      data: [
        { _id: 'a', balance: 100 },
        { _id: 'b', balance: 0 },
      ],
    });
  });

  const balance = async (id: string): Promise<number> =>
    ((await db.collection('accounts').doc(id).get()).data as { balance: number }).balance;

  it('runTransaction commits every write together and resolves to the callback value', async () => {
    const _ = db.command;
    const result = await db.runTransaction(async (t: Tx) => {
      const a = (await t.collection('accounts').doc('a').get()).data as { balance: number };
      await t
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: _.inc(-30) } });
      await t
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: _.inc(30) } });
      await t.collection('ledger').add({ data: { _id: 'l1', amount: 30 } });
      return a.balance;
    });
    expect(result).toBe(100);
    expect(await balance('a')).toBe(70);
    expect(await balance('b')).toBe(30);
    expect((await db.collection('ledger').count()).total).toBe(1);
  });

  it('a throwing callback rolls everything back', async () => {
    const _ = db.command;
    await expect(
      db.runTransaction(async (t: Tx) => {
        await t
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: _.inc(-30) } });
        throw new Error('insufficient');
      }),
    ).rejects.toThrow('insufficient');
    expect(await balance('a')).toBe(100);
  });

  it('t.rollback() rejects with its reason and writes nothing', async () => {
    await expect(
      db.runTransaction(async (t: Tx) => {
        await t
          .collection('accounts')
          .doc('b')
          .set({ data: { balance: 999 } });
        await t.rollback('nope');
      }),
    ).rejects.toBe('nope');
    expect(await balance('b')).toBe(0);
  });

  it('writes are invisible outside until commit; the transaction sees its own writes', async () => {
    const _ = db.command;
    const t: Tx = await db.startTransaction();
    await t
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: _.inc(-1) } });
    expect(((await t.collection('accounts').doc('a').get()).data as { balance: number }).balance).toBe(99);
    expect(await balance('a')).toBe(100);
    await t.commit();
    expect(await balance('a')).toBe(99);
  });

  it('a conflicting commit is refused with DATABASE_TRANSACTION_CONFLICT', async () => {
    const _ = db.command;
    const t1: Tx = await db.startTransaction();
    const t2: Tx = await db.startTransaction();
    await t1
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: _.inc(-10) } });
    await t2
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: _.inc(-20) } });
    await t1.commit();
    await expect(t2.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect(await balance('a')).toBe(90);
  });

  it('runTransaction retries after a conflict and both transfers land', async () => {
    const _ = db.command;
    // Both first attempts read `a` before either writes (a barrier, not a sleep), so the second
    // commit must conflict: the loser's callback runs exactly once more, the winner's never, and the
    // balances are those of the two transfers one after the other (a lost update would leave 75 or 90).
    const attempts = new Map<number, number>();
    let waiting = 0;
    let release = (): void => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const transfer = (amount: number): Promise<unknown> =>
      db.runTransaction(async (t: Tx) => {
        const attempt = (attempts.get(amount) ?? 0) + 1;
        attempts.set(amount, attempt);
        const a = (await t.collection('accounts').doc('a').get()).data as { balance: number };
        if (attempt === 1) {
          waiting += 1;
          if (waiting === 2) release();
          await bothRead;
        }
        await t
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: a.balance - amount } });
        await t
          .collection('accounts')
          .doc('b')
          .update({ data: { balance: _.inc(amount) } });
      });
    await Promise.all([transfer(10), transfer(25)]);
    expect([...attempts.values()].sort()).toEqual([1, 2]);
    expect(await balance('a')).toBe(65);
    expect(await balance('b')).toBe(35);
  });

  it('a non-transactional write between read and commit is a conflict too', async () => {
    const t: Tx = await db.startTransaction();
    await t.collection('accounts').doc('b').get();
    await db
      .collection('accounts')
      .doc('b')
      .update({ data: { balance: 5 } });
    await t
      .collection('accounts')
      .doc('b')
      .update({ data: { balance: 50 } });
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect(await balance('b')).toBe(5);
  });
});
