/**
 * The warm instances of one function version: reuse an idle worker, start one while under the
 * limit, otherwise queue. A dead or retired worker is replaced for whoever waits.
 */
import type { FunctionConfig } from './function-config';
import type { FunctionWorker } from './function-worker';

type Waiter = (w: FunctionWorker | Error) => void;

export class WorkerPool {
  private readonly idle: FunctionWorker[] = [];
  private readonly waiters: Waiter[] = [];
  private size = 0;
  private retired = false;

  constructor(
    readonly version: number,
    readonly config: FunctionConfig,
    private readonly max: number,
    private readonly spawn: (config: FunctionConfig) => FunctionWorker,
  ) {}

  async acquire(): Promise<FunctionWorker> {
    for (let w = this.idle.pop(); w; w = this.idle.pop()) if (w.alive) return w;
    if (this.size < this.max) {
      this.size++;
      const worker = this.spawn(this.config);
      try {
        await worker.ready;
        return worker;
      } catch (e) {
        this.size--;
        throw e;
      }
    }
    const got = await new Promise<FunctionWorker | Error>((resolve) => this.waiters.push(resolve));
    if (got instanceof Error) throw got;
    return got;
  }

  release(worker: FunctionWorker): void {
    if (worker.alive && !this.retired) {
      const waiter = this.waiters.shift();
      if (waiter) waiter(worker);
      else this.idle.push(worker);
      return;
    }
    worker.kill();
    this.size--;
    const waiter = this.waiters.shift();
    if (!waiter) return;
    this.size++;
    const fresh = this.spawn(this.config);
    fresh.ready.then(
      () => waiter(fresh),
      (e: Error) => {
        this.size--;
        waiter(e);
      },
    );
  }

  /** The live workers waiting for a call (none once retired). */
  idleWorkers(): FunctionWorker[] {
    return this.retired ? [] : this.idle.filter((w) => w.alive);
  }

  /** A newer build replaced this one: idle workers go now, busy ones when they finish. */
  retire(): void {
    this.retired = true;
    for (const w of this.idle.splice(0)) w.kill();
  }
}
