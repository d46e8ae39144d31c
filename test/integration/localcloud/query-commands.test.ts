/** Every query command the SDK exposes, through the real wx-server-sdk against the local cloud. */
import { useLocalCloud, type Database } from '../../support/local-cloud';
import { types } from 'node:util';

const cloud = useLocalCloud({ collections: ['events', 'people'] });

const PEOPLE = [
  {
    _id: 'p1',
    name: 'Ana',
    age: 30,
    tags: ['a', 'b'],
    address: { city: 'Zhuhai', zip: '519000' },
    scores: [{ s: 5 }, { s: 9 }],
  },
  { _id: 'p2', name: 'bo', age: 17, tags: ['b'], address: { city: 'Macao' }, scores: [{ s: 2 }] },
  { _id: 'p3', name: 'Cai', age: 45, tags: ['a', 'b', 'c'], address: { city: 'Zhuhai' }, nick: null },
  { _id: 'p4', name: 'Dee', age: 30, tags: [], scores: [] },
];

describe('query commands', () => {
  let people: Database;
  const ids = async (where: Record<string, unknown>): Promise<string[]> => {
    const r = await people.collection('people').where(where).orderBy('_id', 'asc').get();
    return (r.data as { _id: string }[]).map((d) => d._id);
  };

  beforeAll(async () => {
    people = cloud().sdk({ env: cloud().freshEnv() }).database();
    await people.collection('people').add({ data: PEOPLE });
  });

  it('eq, neq', async () => {
    const _ = people.command;
    expect(await ids({ age: _.eq(30) })).toEqual(['p1', 'p4']);
    expect(await ids({ age: 30 })).toEqual(['p1', 'p4']);
    expect(await ids({ age: _.neq(30) })).toEqual(['p2', 'p3']);
  });

  it('gt, gte, lt, lte and a range combined with and()', async () => {
    const _ = people.command;
    expect(await ids({ age: _.gt(30) })).toEqual(['p3']);
    expect(await ids({ age: _.gte(30) })).toEqual(['p1', 'p3', 'p4']);
    expect(await ids({ age: _.lt(30) })).toEqual(['p2']);
    expect(await ids({ age: _.lte(30) })).toEqual(['p1', 'p2', 'p4']);
    expect(await ids({ age: _.gt(17).and(_.lt(45)) })).toEqual(['p1', 'p4']);
  });

  it('in, nin', async () => {
    const _ = people.command;
    expect(await ids({ name: _.in(['Ana', 'bo']) })).toEqual(['p1', 'p2']);
    expect(await ids({ name: _.nin(['Ana', 'bo']) })).toEqual(['p3', 'p4']);
  });

  it('and, or, nor, not at the top level and on a field', async () => {
    const _ = people.command;
    const r = await people
      .collection('people')
      .where(_.or([{ age: 17 }, { name: 'Cai' }]))
      .orderBy('_id', 'asc')
      .get();
    expect((r.data as { _id: string }[]).map((d) => d._id)).toEqual(['p2', 'p3']);
    const a = await people
      .collection('people')
      .where(_.and([{ age: 30 }, { name: 'Dee' }]))
      .get();
    expect((a.data as { _id: string }[]).map((d) => d._id)).toEqual(['p4']);
    expect(await ids({ age: _.or(_.eq(17), _.eq(45)) })).toEqual(['p2', 'p3']);
    const n = await people
      .collection('people')
      .where(_.nor([{ age: 30 }, { age: 17 }]))
      .get();
    expect((n.data as { _id: string }[]).map((d) => d._id)).toEqual(['p3']);
    expect(await ids({ age: _.not(_.gt(20)) })).toEqual(['p2']);
  });

  it('exists, including a null value', async () => {
    const _ = people.command;
    expect(await ids({ nick: _.exists(true) })).toEqual(['p3']);
    expect(await ids({ scores: _.exists(false) })).toEqual(['p3']);
  });

  it('size, all, elemMatch on arrays, and equality on an element', async () => {
    const _ = people.command;
    expect(await ids({ tags: _.size(2) })).toEqual(['p1']);
    expect(await ids({ tags: _.all(['a', 'b']) })).toEqual(['p1', 'p3']);
    expect(await ids({ scores: _.elemMatch({ s: _.gt(6) }) })).toEqual(['p1']);
    expect(await ids({ tags: 'c' })).toEqual(['p3']);
  });

  it('RegExp: db.RegExp and a JS literal, with options', async () => {
    expect(await ids({ name: people.RegExp({ regexp: '^a', options: 'i' }) })).toEqual(['p1']);
    expect(await ids({ name: /^[A-C]/ })).toEqual(['p1', 'p3']);
  });

  it('nested fields by dot path and by nested object', async () => {
    expect(await ids({ 'address.city': 'Zhuhai' })).toEqual(['p1', 'p3']);
    expect(await ids({ address: { city: 'Macao' } })).toEqual(['p2']);
    expect(await ids({ 'scores.0.s': 5 })).toEqual(['p1']);
  });

  it('dates compare as dates', async () => {
    const db = people;
    const _ = db.command;
    await db.collection('events').add({
      data: [
        { _id: 'e1', at: new Date('2026-01-01') },
        { _id: 'e2', at: new Date('2026-06-01') },
      ],
    });
    const r = await db
      .collection('events')
      .where({ at: _.gt(new Date('2026-03-01')) })
      .get();
    expect((r.data as { _id: string; at: Date }[]).map((d) => d._id)).toEqual(['e2']);
    expect(types.isDate((r.data as { at: Date }[])[0]?.at)).toBe(true);
  });
});
