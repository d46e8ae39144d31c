/** Bad requests get CloudBase-shaped errors and the server keeps serving. */
import { postTcb, useLocalCloud } from '../../support/local-cloud';

const cloud = useLocalCloud({
  maxDocumentBytes: 256 * 1024,
  collections: ['alive', 'big', 'c', 'dup', 'fixed', 'grow', 'ids'],
});

describe('bad input', () => {
  const stillServes = async (env: string): Promise<void> => {
    const db = cloud().sdk({ env }).database();
    await db.collection('alive').add({ data: { ok: true } });
    expect((await db.collection('alive').count()).total).toBeGreaterThan(0);
  };

  it('malformed JSON is INVALID_PARAM with a requestId', async () => {
    const r = await postTcb(cloud().cloud.serviceUrl, '{"action": "database.getDocument", ');
    expect(r).toMatchObject({
      code: 'INVALID_PARAM',
      message: expect.stringContaining('malformed JSON'),
      requestId: expect.any(String),
    });
    await stillServes(cloud().freshEnv());
  });

  it('a body that is not an object is INVALID_PARAM', async () => {
    expect(await postTcb(cloud().cloud.serviceUrl, '[1,2]')).toMatchObject({ code: 'INVALID_PARAM' });
  });

  it('an unknown action is INVALID_ACTION', async () => {
    const r = await postTcb(cloud().cloud.serviceUrl, { action: 'database.dropEverything', collectionName: 'x' });
    expect(r).toMatchObject({ code: 'INVALID_ACTION', message: expect.stringContaining('database.dropEverything') });
    await stillServes(cloud().freshEnv());
  });

  it('an oversize document is refused through the SDK, nothing is written', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await expect(db.collection('big').add({ data: { blob: 'x'.repeat(300 * 1024) } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('too large'),
    });
    expect((await db.collection('big').count()).total).toBe(0);
    await stillServes(env);
  });

  it('an update that would make a document oversize is refused and leaves it unchanged', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await db.collection('grow').add({ data: { _id: 'g', s: 'small' } });
    await expect(
      db
        .collection('grow')
        .doc('g')
        .update({ data: { s: 'y'.repeat(300 * 1024) } }),
    ).rejects.toMatchObject({
      errCode: -502001,
    });
    expect((await db.collection('grow').doc('g').get()).data).toEqual({ _id: 'g', s: 'small' });
  });

  it('invalid ids are INVALID_PARAM (-501007)', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await expect(db.collection('ids').add({ data: { _id: { nested: 1 } } as never })).rejects.toMatchObject({
      errCode: -501007,
    });
    await expect(db.collection('ids').add({ data: { _id: '' } })).rejects.toMatchObject({ errCode: -501007 });
    await expect(db.collection('ids').add({ data: { _id: 'x'.repeat(300) } })).rejects.toMatchObject({
      errCode: -501007,
    });
    await stillServes(env);
  });

  it('a duplicate _id is refused and the first document kept', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await db.collection('dup').add({ data: { _id: 'same', v: 1 } });
    await expect(db.collection('dup').add({ data: { _id: 'same', v: 2 } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('duplicate key'),
    });
    expect(((await db.collection('dup').doc('same').get()).data as { v: number }).v).toBe(1);
  });

  it('an invalid collection name, env name or query operator is a CloudBase error', async () => {
    const url = cloud().cloud.serviceUrl;
    expect(await postTcb(url, { action: 'database.getDocument', collectionName: '../etc' })).toMatchObject({
      code: 'INVALID_PARAM',
    });
    expect(await postTcb(url, { action: 'database.getDocument', collectionName: 'c' }, 'bad%20env')).toMatchObject({
      code: 'INVALID_PARAM',
    });
    expect(
      await postTcb(url, {
        action: 'database.getDocument',
        collectionName: 'c',
        queryType: 'WHERE',
        query: '{"a":{"$nope":1}}',
      }),
    ).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect(
      await postTcb(url, { action: 'database.getDocument', collectionName: 'c', query: '{not ejson' }),
    ).toMatchObject({
      code: 'INVALID_PARAM',
    });
  });

  it('updating _id is refused (the SDK refuses it client-side; this is the raw wire)', async () => {
    const env = cloud().freshEnv();
    const db = cloud().sdk({ env }).database();
    await db.collection('fixed').add({ data: { _id: 'f1', a: 1 } });
    const r = await postTcb(
      cloud().cloud.serviceUrl,
      {
        action: 'database.modifyDocument',
        collectionName: 'fixed',
        queryType: 'DOC',
        query: '{"_id":"f1"}',
        multi: false,
        merge: true,
        data: '{"$set":{"_id":"f2"}}',
      },
      env,
    );
    expect(r).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect((await db.collection('fixed').doc('f1').get()).data).toEqual({ _id: 'f1', a: 1 });
  });
});
