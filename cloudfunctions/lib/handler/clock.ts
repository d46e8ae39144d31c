/**
 * The functions' clock: every call's `ctx.now` comes from here. Integration tests bundle the
 * functions with a test clock in its place (test/fixtures/clock), so a scheduled publication can be
 * seen taking effect without waiting for it.
 */
export function now(): Date {
  return new Date();
}
