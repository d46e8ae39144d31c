import { MAX_EVENT_DEPTH, nestsDeeperThan } from '../../../../../cloudfunctions/lib/handler/event-depth';

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

describe('nestsDeeperThan', () => {
  it('counts objects and arrays alike, and scalars as no level', () => {
    expect(nestsDeeperThan('x', 0)).toBe(false);
    expect(nestsDeeperThan(null, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
  });

  it('lets an event at the limit through and refuses one level more', () => {
    expect(
      nestsDeeperThan(
        nested(MAX_EVENT_DEPTH, (v) => ({ v })),
        MAX_EVENT_DEPTH,
      ),
    ).toBe(false);
    expect(
      nestsDeeperThan(
        nested(MAX_EVENT_DEPTH + 1, (v) => [v]),
        MAX_EVENT_DEPTH,
      ),
    ).toBe(true);
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    expect(
      nestsDeeperThan(
        nested(100_000, (v) => [v]),
        MAX_EVENT_DEPTH,
      ),
    ).toBe(true);
  });

  it('looks into every branch, not only the first', () => {
    const wide = { a: 1, b: [2, 3], c: { d: nested(MAX_EVENT_DEPTH, (v) => [v]) } };
    expect(nestsDeeperThan(wide, MAX_EVENT_DEPTH)).toBe(true);
  });
});
