/** The runner's handle on one worker process: spawn, run one invocation, enforce the timeout. */
import { fork, type ChildProcess } from 'node:child_process';
import type { InvokeMessage, WorkerMessage } from './protocol';

export type Outcome = { ok: true; json: string } | { ok: false; kind: 'error' | 'timeout' | 'crash'; message: string };

type LogSink = (requestId: string | null, stream: 'stdout' | 'stderr', text: string) => void;

export class FunctionWorker {
  private readonly child: ChildProcess;
  private pending: { requestId: string; resolve: (o: Outcome) => void; timer: NodeJS.Timeout } | null = null;
  readonly ready: Promise<void>;
  alive = true;

  constructor(
    script: string,
    modulePath: string,
    env: Record<string, string | undefined>,
    memoryMb: number,
    onLog: LogSink,
  ) {
    this.child = fork(script, [modulePath], {
      env: env as NodeJS.ProcessEnv,
      execArgv: [`--max-old-space-size=${memoryMb}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child.stdout?.on('data', (b: Buffer) => onLog(this.pending?.requestId ?? null, 'stdout', b.toString()));
    this.child.stderr?.on('data', (b: Buffer) => onLog(this.pending?.requestId ?? null, 'stderr', b.toString()));
    this.ready = new Promise((resolve, reject) => {
      this.child.once('error', reject);
      this.child.once('exit', (code, signal) =>
        reject(new Error(`function worker exited during start (${String(signal ?? code)})`)),
      );
      this.child.on('message', (msg: WorkerMessage) => {
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
    this.child.on('exit', (code, signal) => {
      this.alive = false;
      if (this.pending)
        this.finish(this.pending.requestId, {
          ok: false,
          kind: 'crash',
          message: `function instance exited (${signal ?? code})`,
        });
    });
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
    return new Promise((resolve) => this.child.once('exit', () => resolve()));
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
