import { cronMatches, nextFire, parseCron } from '../../../localcloud/functions/cron';

/** China time (UTC+8), as CloudBase evaluates timer triggers. */
const cst = (iso: string) => Date.parse(`${iso}+08:00`);

describe('timer-trigger cron (CloudBase, seven fields)', () => {
  it('fires account closeDueCancellations at 03:00:00 China time, every day, and at no other second', () => {
    const cron = parseCron('0 0 3 * * * *');
    expect(cronMatches(cron, cst('2026-11-29T03:00:00'))).toBe(true);
    expect(cronMatches(cron, cst('2026-11-29T03:00:01'))).toBe(false);
    expect(cronMatches(cron, cst('2026-11-29T04:00:00'))).toBe(false);
    expect(nextFire(cron, cst('2026-11-29T03:00:00'))).toBe(cst('2026-11-30T03:00:00'));
  });

  it('steps, ranges and lists', () => {
    const every5min = parseCron('0 */5 * * * * *');
    expect(nextFire(every5min, cst('2026-11-29T10:01:30'))).toBe(cst('2026-11-29T10:05:00'));
    const weekdays = parseCron('30 15 9-17/4 * * 1-5 *');
    expect(cronMatches(weekdays, cst('2026-11-30T13:15:30'))).toBe(true); // Monday
    expect(cronMatches(weekdays, cst('2026-11-29T13:15:30'))).toBe(false); // Sunday
    expect(cronMatches(weekdays, cst('2026-11-30T11:15:30'))).toBe(false);
    const list = parseCron('0 0 8,20 1,15 * * 2027');
    expect(cronMatches(list, cst('2027-03-15T20:00:00'))).toBe(true);
    expect(cronMatches(list, cst('2026-03-15T20:00:00'))).toBe(false);
  });

  it('refuses what CloudBase refuses: wrong field count, out of range, garbage', () => {
    expect(() => parseCron('0 3 * * *')).toThrow(/7 fields/);
    expect(() => parseCron('0 60 * * * * *')).toThrow(/out of range/);
    expect(() => parseCron('0 0 25 * * * *')).toThrow(/out of range/);
    expect(() => parseCron('0 0 x * * * *')).toThrow(/bad cron field/);
    expect(() => parseCron('0 0 5-3 * * * *')).toThrow(/out of range/);
  });
});
