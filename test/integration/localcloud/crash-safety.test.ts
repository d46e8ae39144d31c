/**
 * Crash safety: the server process is SIGKILLed in the middle of a stream of writes; after a
 * restart on the same data directory the file opens clean and every acknowledged write is there.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sdkAt } from '../../support/local-cloud';

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..', '..', '..');

function startServerProcess(dataDir: string): Promise<{ child: ChildProcess; serviceUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'localcloud', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, CLOUD_PORT: '0', CLOUD_DATA_DIR: dataDir, CLOUD_LOG_STDOUT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serviceUrl: (\S+)/.exec(out);
      if (m?.[1]) res({ child, serviceUrl: m[1] });
    });
    child.once('exit', (code) => rej(new Error(`server exited early (${String(code)}): ${out}`)));
  });
}

describe('crash safety', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'localcloud-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write across a SIGKILL mid-stream', async () => {
    const env = 'crash';
    const { child, serviceUrl } = await startServerProcess(dataDir);
    const db = sdkAt(serviceUrl, { env }).database();
    await db.createCollection('ledger');
    const acknowledged: string[] = [];
    let stop = false;
    const stream = async (worker: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        try {
          const r = await db.collection('ledger').add({ data: { worker, i, payload: 'p'.repeat(200) } });
          acknowledged.push(String(r._id));
        } catch {
          return;
        }
      }
    };
    const streams = [0, 1, 2, 3].map(stream);
    while (acknowledged.length < 200) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(streams);
    await new Promise((r) => child.once('exit', r));

    const sqlite = new Database(join(dataDir, env, 'db.sqlite'));
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();

    const restarted = await startServerProcess(dataDir);
    try {
      const again = sdkAt(restarted.serviceUrl, { env }).database();
      const total = (await again.collection('ledger').count()).total;
      expect(total).toBeGreaterThanOrEqual(acknowledged.length);
      for (const id of acknowledged) await expect(again.collection('ledger').doc(id).get()).resolves.toBeDefined();
    } finally {
      restarted.child.kill('SIGTERM');
      await new Promise((r) => restarted.child.once('exit', r));
    }
  });
});
