/** The runner's handle on one worker process: spawn, run one invocation, enforce the timeout. */
import { fork, type ChildProcess } from 'node:child_process';
import type { InvokeMessage, WorkerMessage } from './protocol';

export type Outcome = { ok: true; json: string } | { ok: false; kind: 'error' | 'timeout' | 'crash'; message: string };

type LogSink = (requestId: string | null, stream: 'stdout' | 'stderr', text: string) => void;

export class FunctionWorker {
  private readonly child: ChildProcess;
  private pending: { requestId: string; resolve: (o: Outcome) => void; timer: NodeJS.Timeout } | null = null;
  /** The listeners this handle put on the child, taken off again when the child is handed on. */
  private readonly listeners: (() => void)[] = [];
  readonly ready: Promise<void>;
  alive = true;

  /** A new instance of the function at `modulePath`, started with `env`. */
  static start(
    script: string,
    modulePath: string,
    env: Record<string, string | undefined>,
    memoryMb: number,
    onLog: LogSink,
    signature: string,
  ): FunctionWorker {
    const child = fork(script, [modulePath], {
      env: env as NodeJS.ProcessEnv,
      execArgv: [`--max-old-space-size=${memoryMb}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    return new FunctionWorker(child, onLog, signature, false);
  }

  /** An instance already started and ready (warm-instances.ts), now this runner's. */
  static adopt(child: ChildProcess, onLog: LogSink, signature: string): FunctionWorker {
    return new FunctionWorker(child, onLog, signature, true);
  }

  private constructor(
    child: ChildProcess,
    onLog: LogSink,
    /** What the instance was started with (runner.ts): only a cloud that would start the same takes it. */
    readonly signature: string,
    started: boolean,
  ) {
    this.child = child;
    this.listen(child.stdout, 'data', (b: Buffer) => onLog(this.pending?.requestId ?? null, 'stdout', b.toString()));
    this.listen(child.stderr, 'data', (b: Buffer) => onLog(this.pending?.requestId ?? null, 'stderr', b.toString()));
    this.ready = new Promise((resolve, reject) => {
      if (started) resolve();
      this.listen(child, 'error', reject, true);
      this.listen(
        child,
        'exit',
        (code: number | null, signal: string | null) =>
          reject(new Error(`function worker exited during start (${String(signal ?? code)})`)),
        true,
      );
      this.listen(child, 'message', (msg: WorkerMessage) => {
        if (msg.type === 'ready') resolve();
        else if (msg.type === 'log') onLog(msg.requestId, msg.stream, msg.text);
        else if (msg.type === 'result')
          this.finish(
            msg.requestId,
            msg.ok ? { ok: true, json: msg.json } : { ok: false, kind: 'error', message: errorText(msg.error) },
          );
      });
    });
    this.ready.catch(() => undefined);
    this.listen(child, 'exit', (code: number | null, signal: string | null) => {
      this.alive = false;
      if (this.pending)
        this.finish(this.pending.requestId, {
          ok: false,
          kind: 'crash',
          message: `function instance exited (${signal ?? code})`,
        });
    });
  }

  private listen(
    target: NodeJS.EventEmitter | null | undefined,
    event: string,
    listener: (...args: never[]) => void,
    once = false,
  ): void {
    if (!target) return;
    const fn = listener as (...args: unknown[]) => void;
    if (once) target.once(event, fn);
    else target.on(event, fn);
    this.listeners.push(() => target.off(event, fn));
  }

  /**
   * Hands the idle, live instance on (warm-instances.ts) and lets go of it: this handle's
   * listeners come off, and it no longer counts as alive here. Undefined when it cannot be.
   */
  release(): ChildProcess | undefined {
    if (!this.alive || this.pending || !this.child.connected) return undefined;
    for (const off of this.listeners.splice(0)) off();
    this.alive = false;
    return this.child;
  }

  /** Sets variables of the instance itself (not of one invocation): see runner.ts, adopt. */
  retarget(env: Record<string, string>): void {
    this.child.send({ type: 'retarget', env });
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  run(msg: InvokeMessage, timeoutMs: number): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.finish(msg.requestId, {
          ok: false,
          kind: 'timeout',
          message: `Invoking task timed out after ${timeoutMs / 1000} seconds`,
        });
        this.kill();
      }, timeoutMs);
      this.pending = { requestId: msg.requestId, resolve, timer };
      try {
        this.child.send(msg);
      } catch (e) {
        // An event the IPC channel cannot serialise (e.g. nested past the stack) never reached the
        // worker: answer this call now, so its timer cannot later kill the next caller's invocation.
        this.finish(msg.requestId, {
          ok: false,
          kind: 'error',
          message: `the event could not be sent: ${(e as Error).message}`,
        });
      }
    });
  }

  private finish(requestId: string, outcome: Outcome): void {
    if (!this.pending || this.pending.requestId !== requestId) return;
    clearTimeout(this.pending.timer);
    const { resolve } = this.pending;
    this.pending = null;
    resolve(outcome);
  }

  kill(): void {
    this.alive = false;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  exited(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    // Through listen(): a handle that handed its instance on stops waiting for it.
    return new Promise((resolve) => this.listen(this.child, 'exit', () => resolve(), true));
  }
}

/** The error as the function threw it, without the runner's own frames. */
function errorText(e: { name: string; message: string; stack?: string }): string {
  if (!e.stack) return `${e.name}: ${e.message}`;
  return e.stack
    .split('\n')
    .filter((line) => !line.includes('localcloud/functions/worker') && !line.includes('(node:'))
    .join('\n');
}
