import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FunctionWorker } from '../../../localcloud/functions/function-worker';
import type { InvokeMessage } from '../../../localcloud/functions/protocol';
import { buildWorkerScript } from '../../../localcloud/functions/worker-script';

const echo = join(__dirname, '..', '..', 'fixtures', 'functions', 'echo', 'index.js');

function invoke(requestId: string, event: unknown): InvokeMessage {
  return { type: 'invoke', requestId, event, context: { request_id: requestId }, env: {} };
}

describe('FunctionWorker', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'worker-'));
  let worker: FunctionWorker;

  beforeAll(async () => {
    worker = FunctionWorker.start(buildWorkerScript(dataDir), echo, { ...process.env }, 128, () => undefined, 'echo');
    await worker.ready;
  });

  afterAll(async () => {
    worker.kill();
    await worker.exited();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('when an event cannot be sent to the worker', () => {
    it('answers that call at once, and its timeout never kills the worker serving the next caller', async () => {
      // JSON serialisation of the IPC message throws synchronously, as a too-deep event does.
      const refused = await worker.run(invoke('bad', { n: BigInt(1) }), 300);
      expect(refused).toEqual({ ok: false, kind: 'error', message: expect.stringMatching(/could not be sent/) });

      const next = await worker.run(invoke('next', { hello: 'world' }), 5_000);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(next.ok).toBe(true);
      expect(worker.alive).toBe(true);
      expect(worker.busy).toBe(false);
    });
  });
});
