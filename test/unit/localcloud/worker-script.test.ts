import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { buildWorkerScript } from '../../../localcloud/functions/worker-script';

jest.mock('esbuild', () => {
  const actual = jest.requireActual<typeof import('esbuild')>('esbuild');
  return { ...actual, transformSync: jest.fn(actual.transformSync) };
});

const source = readFileSync(join(__dirname, '..', '..', '..', 'localcloud', 'functions', 'worker.ts'), 'utf8');

describe('the function worker script', () => {
  const dirs = [mkdtempSync(join(tmpdir(), 'worker-a-')), mkdtempSync(join(tmpdir(), 'worker-b-'))];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is worker.ts transpiled, written into each data directory, and transpiled once for all of them', () => {
    const expected = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' }).code;
    const first = buildWorkerScript(dirs[0] ?? '');
    jest.mocked(transformSync).mockClear();
    const second = buildWorkerScript(dirs[1] ?? '');
    expect(transformSync).not.toHaveBeenCalled();
    expect(first).toBe(join(dirs[0] ?? '', '.runtime', 'function-worker.cjs'));
    expect(second).toBe(join(dirs[1] ?? '', '.runtime', 'function-worker.cjs'));
    expect(readFileSync(first, 'utf8')).toBe(expected);
    expect(readFileSync(second, 'utf8')).toBe(expected);
  });
});
