import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WarmInstances } from '../../../localcloud/functions/warm-instances';

const dir = mkdtempSync(join(tmpdir(), 'warm-'));
/** An idle "instance": stays until its IPC channel closes, as the function worker does. */
const idle = join(dir, 'idle.js');
writeFileSync(idle, "process.on('disconnect', () => process.exit(0)); setInterval(() => {}, 60_000);\n");

const children: ChildProcess[] = [];
function start(): ChildProcess {
  const child = fork(idle, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  children.push(child);
  return child;
}

function gone(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(children.map(gone));
  rmSync(dir, { recursive: true, force: true });
});

describe('WarmInstances', () => {
  it('hands an instance only to the same signature, once', () => {
    const warm = new WarmInstances();
    const child = start();
    warm.park('a', child);
    expect(warm.take('b')).toBeUndefined();
    expect(warm.take('a')).toBe(child);
    expect(warm.take('a')).toBeUndefined();
    expect(warm.size).toBe(0);
  });

  it('stops the longest kept instance past its limit', async () => {
    const warm = new WarmInstances(2);
    const [first, second, third] = [start(), start(), start()];
    if (!first || !second || !third) throw new Error('not started');
    warm.park('x', first);
    warm.park('x', second);
    warm.park('x', third);
    await gone(first);
    expect(first.signalCode).toBe('SIGKILL');
    expect(warm.size).toBe(2);
    // The most recently kept first.
    expect(warm.take('x')).toBe(third);
    expect(warm.take('x')).toBe(second);
    warm.clear();
  });

  it('forgets an instance that exits while kept, and never hands out a dead one', async () => {
    const warm = new WarmInstances();
    const child = start();
    warm.park('a', child);
    child.kill('SIGKILL');
    await gone(child);
    expect(warm.size).toBe(0);
    expect(warm.take('a')).toBeUndefined();

    const exited = start();
    exited.kill('SIGKILL');
    await gone(exited);
    warm.park('a', exited);
    expect(warm.size).toBe(0);
  });

  it('stops everything it keeps when cleared', async () => {
    const warm = new WarmInstances();
    const kept = [start(), start()];
    for (const child of kept) warm.park('a', child);
    warm.clear();
    await Promise.all(kept.map(gone));
    expect(kept.map((child) => child.signalCode)).toEqual(['SIGKILL', 'SIGKILL']);
    expect(warm.size).toBe(0);
  });
});
