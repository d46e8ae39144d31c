import { allPages, inSlices, MAX_READ } from '../../../../../cloudfunctions/lib/notify/notify-db';

const ids = (n: number) => Array.from({ length: n }, (_v, i) => `id${String(i).padStart(5, '0')}`);

/** A store that answers like CloudBase: never more than MAX_READ documents per read. */
function cappedStore(all: string[]) {
  const reads: number[] = [];
  return {
    reads,
    page: async (after: string | null) => {
      const page = all.filter((id) => after === null || id > after).slice(0, MAX_READ);
      reads.push(page.length);
      return page.map((_id) => ({ _id }));
    },
    byIds: async (slice: string[]) => {
      reads.push(slice.length);
      return slice.slice(0, MAX_READ).map((_id) => ({ _id }));
    },
  };
}

describe('notify reads over CloudBase’s 1000-per-read cap', () => {
  it('allPages reads every document however many there are (was: the first 20 or 1000)', async () => {
    const store = cappedStore(ids(2 * MAX_READ + 7));
    const read = await allPages(store.page);
    expect(read).toHaveLength(2 * MAX_READ + 7);
    expect(store.reads).toEqual([MAX_READ, MAX_READ, 7]);
  });

  it('allPages stops after an exactly full last page with one empty read', async () => {
    const store = cappedStore(ids(MAX_READ));
    expect(await allPages(store.page)).toHaveLength(MAX_READ);
    expect(store.reads).toEqual([MAX_READ, 0]);
  });

  it('inSlices asks for at most MAX_READ ids at a time, so none is dropped', async () => {
    const store = cappedStore([]);
    const wanted = ids(MAX_READ + 1);
    const read = await inSlices(wanted, store.byIds);
    expect(read.map((d) => d._id)).toEqual(wanted);
    expect(store.reads).toEqual([MAX_READ, 1]);
  });
});
