/**
 * Whether a value is a Date, from whichever realm: what the integration project's shared
 * wx-server-sdk reads is made outside the test file's sandbox (test/support/integration-environment.ts),
 * where `instanceof Date` of the file's own Date is false.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
