import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figuresFromOutput, recordRun } from '../../../test/bench/history';

describe('bench history', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the numeric fields of the JSON rows a bench printed, by name', () => {
    const output = [
      'ok   some text line',
      '{"name":"push job","inboxRate":2400,"wechatRate":90,"ok":true}',
      '{"name":"indexed read","value":3.5,"unit":"ms"}',
      '{not json',
    ].join('\n');
    expect(figuresFromOutput(output)).toEqual({
      'push job · inboxRate': 2400,
      'push job · wechatRate': 90,
      'indexed read': 3.5,
    });
  });

  it('appends each run and reports the change against the run before', () => {
    const file = join(dir, 'history.jsonl');
    expect(recordRun({ 'weapp main KB': 400 }, file, new Date('2026-12-01T00:00:00Z'))).toEqual([
      '  weapp main KB: 400 (new)',
    ]);
    expect(recordRun({ 'weapp main KB': 420 }, file, new Date('2026-12-02T00:00:00Z'))).toEqual([
      '  weapp main KB: 400 → 420 (+5.0 %)',
    ]);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { at: string }).at)).toEqual([
      '2026-12-01T00:00:00.000Z',
      '2026-12-02T00:00:00.000Z',
    ]);
  });

  it('compares a figure with the latest run that measured it when a run measured only some phases', () => {
    const file = join(dir, 'partial.jsonl');
    recordRun({ 'weapp main KB': 420, 'cold start ms': 9 }, file);
    recordRun({ 'cold start ms': 12 }, file);
    expect(recordRun({ 'weapp main KB': 399, 'cold start ms': 6 }, file)).toEqual([
      '  weapp main KB: 420 → 399 (-5.0 %)',
      '  cold start ms: 12 → 6 (-50.0 %)',
    ]);
  });
});
