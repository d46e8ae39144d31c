/**
 * Collections exist only once created, as in CloudBase: every operation on another answers
 * DATABASE_COLLECTION_NOT_EXIST (the SDK's errCode -502005). Declared collections are created in
 * every environment, as a deploy creates them.
 */
import { rmSync } from 'node:fs';
import { DECLARED_COLLECTIONS } from '../../../config/cloud/collections';
import { startTestCloud, useLocalCloud, type Database } from '../../support/local-cloud';

const cloud = useLocalCloud({ collections: ['present'] });

type Tx = Awaited<ReturnType<Database['startTransaction']>>;

const NOT_EXIST = { errCode: -502005, errMsg: expect.stringContaining('-502005') };

describe('collections', () => {
  let db: Database;

  beforeEach(() => {
    db = cloud().sdk({ env: cloud().freshEnv() }).database();
  });

  describe('when the collection was never created', () => {
    it('refuses reads with -502005: get, doc().get, count', async () => {
      await expect(db.collection('nowhere').get()).rejects.toMatchObject(NOT_EXIST);
      await expect(db.collection('nowhere').where({ a: 1 }).get()).rejects.toMatchObject(NOT_EXIST);
      await expect(db.collection('nowhere').doc('x').get()).rejects.toMatchObject(NOT_EXIST);
      await expect(db.collection('nowhere').count()).rejects.toMatchObject(NOT_EXIST);
    });

    it('refuses writes with -502005, and does not create it: add, update, set, remove', async () => {
      await expect(db.collection('nowhere').add({ data: { a: 1 } })).rejects.toMatchObject(NOT_EXIST);
      await expect(
        db
          .collection('nowhere')
          .where({ a: 1 })
          .update({ data: { b: 2 } }),
      ).rejects.toMatchObject(NOT_EXIST);
      await expect(
        db
          .collection('nowhere')
          .doc('x')
          .update({ data: { b: 2 } }),
      ).rejects.toMatchObject(NOT_EXIST);
      await expect(
        db
          .collection('nowhere')
          .doc('x')
          .set({ data: { b: 2 } }),
      ).rejects.toMatchObject(NOT_EXIST);
      await expect(db.collection('nowhere').where({ a: 1 }).remove()).rejects.toMatchObject(NOT_EXIST);
      await expect(db.collection('nowhere').doc('x').remove()).rejects.toMatchObject(NOT_EXIST);
      await expect(db.collection('nowhere').count()).rejects.toMatchObject(NOT_EXIST);
    });

    it('refuses aggregate, and a $lookup from it (strict: see PARITY.md)', async () => {
      await expect(db.collection('nowhere').aggregate().match({}).end()).rejects.toMatchObject({
        code: 'DATABASE_COLLECTION_NOT_EXIST',
      });
      await db.collection('present').add({ data: { _id: 'p1', ref: 'x' } });
      const lookup = db
        .collection('present')
        .aggregate()
        .lookup({ from: 'nowhere', localField: 'ref', foreignField: '_id', as: 'joined' })
        .end();
      await expect(lookup).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    });

    it('refuses it inside a transaction, and the transaction writes nothing', async () => {
      const read = db.runTransaction(async (t: Tx) => {
        await t.collection('present').add({ data: { _id: 'before' } });
        return (await t.collection('nowhere').doc('x').get()).data;
      });
      await expect(read).rejects.toMatchObject({ errMsg: expect.stringContaining('-502005') });
      const write = db.runTransaction(async (t: Tx) => {
        await t.collection('nowhere').add({ data: { _id: 'y' } });
      });
      await expect(write).rejects.toMatchObject({ errMsg: expect.stringContaining('-502005') });
      expect((await db.collection('present').count()).total).toBe(0);
    });
  });

  describe('createCollection', () => {
    it('makes the collection usable in that environment only', async () => {
      await expect(db.createCollection('made')).resolves.toMatchObject({ errMsg: 'createCollection:ok' });
      await db.collection('made').add({ data: { _id: 'm1', n: 1 } });
      expect((await db.collection('made').doc('m1').get()).data).toMatchObject({ n: 1 });
      const other = cloud().sdk({ env: cloud().freshEnv() }).database();
      await expect(other.collection('made').get()).rejects.toMatchObject(NOT_EXIST);
    });

    it('answers DATABASE_COLLECTION_ALREADY_EXIST the second time, and for a declared one', async () => {
      await db.createCollection('twice');
      await expect(db.createCollection('twice')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
      await expect(db.createCollection('present')).rejects.toMatchObject({
        code: 'DATABASE_COLLECTION_ALREADY_EXIST',
      });
    });
  });
});

describe('declared collections', () => {
  it('exist, empty, in a fresh environment of a local cloud started with its defaults', async () => {
    // `collections: undefined` leaves the local cloud's own default: config/cloud/collections.ts.
    const t = await startTestCloud({ collections: undefined });
    try {
      const db = t.sdk({ env: t.freshEnv() }).database();
      const totals = await Promise.all(
        DECLARED_COLLECTIONS.map(async (c) => (await db.collection(c.name).count()).total),
      );
      expect(totals).toEqual(DECLARED_COLLECTIONS.map(() => 0));
      await expect(db.collection('undeclared').get()).rejects.toMatchObject(NOT_EXIST);
    } finally {
      await t.cloud.stop();
      rmSync(t.dataDir, { recursive: true, force: true });
    }
  });

  it('a created collection is still there after a restart', async () => {
    const first = await startTestCloud({ collections: [] });
    const env = first.freshEnv();
    await first.sdk({ env }).database().createCollection('kept');
    await first.cloud.stop();
    const second = await startTestCloud({ collections: [], dataDir: first.dataDir });
    try {
      expect((await second.sdk({ env }).database().collection('kept').count()).total).toBe(0);
    } finally {
      await second.cloud.stop();
      rmSync(first.dataDir, { recursive: true, force: true });
    }
  });
});
