import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTimerTriggers } from '../../../localcloud/functions/timer-triggers';

describe('readTimerTriggers says every trigger it does not run', () => {
  let dir: string;
  const write = (fn: string, config: unknown) => {
    mkdirSync(join(dir, fn), { recursive: true });
    writeFileSync(join(dir, fn, 'config.json'), JSON.stringify(config));
  };

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'timers-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a well-formed timer without a warning', () => {
    write('purge', { triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }] });
    const warnings: string[] = [];
    expect(readTimerTriggers(dir, (m) => warnings.push(m)).map((t) => t.name)).toEqual(['nightly']);
    expect(warnings).toEqual([]);
  });

  it('warns of a trigger that is not { name, type: "timer", config }', () => {
    write('purge', { triggers: [{ name: 'nightly', type: 'timer' }, null] });
    const warnings: string[] = [];
    expect(readTimerTriggers(dir, (m) => warnings.push(m))).toEqual([]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('purge/config.json');
  });

  it('warns of triggers that are not an array', () => {
    write('purge', { triggers: { name: 'nightly', type: 'timer', config: '0 0 2 * * * *' } });
    const warnings: string[] = [];
    expect(readTimerTriggers(dir, (m) => warnings.push(m))).toEqual([]);
    expect(warnings).toEqual(['purge/config.json triggers is not an array, its triggers are not run']);
  });

  it('is quiet about a function with no triggers', () => {
    write('policy', { permissions: { openapi: [] } });
    const warnings: string[] = [];
    expect(readTimerTriggers(dir, (m) => warnings.push(m))).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
