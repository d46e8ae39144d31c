/**
 * Idle function instances a stopped local cloud leaves for the next one started in the same
 * process (test files run one after another in a Jest worker, each with a cloud of its own).
 *
 * An instance is taken only by a cloud that would start exactly the same one: the same worker
 * program, the same function file unchanged since (path and modification time), the same memory
 * limit and the same process environment. What differs between two clouds, the address of the one
 * the instance talks to, is given to it when it is taken (runner.ts). So a taken instance is what
 * CloudBase gives a later call of an unchanged function: a warm instance, its module state kept.
 * Nothing else: a function rebuilt, configured or started with other variables gets a cold one.
 *
 * Why: starting an instance loads wx-server-sdk (~430 modules, ~0.5 s of CPU on a 2-vCPU VM), and
 * 95 integration files started 242 instances, most of them the same few functions again.
 */
import type { ChildProcess } from 'node:child_process';

interface Parked {
  signature: string;
  child: ChildProcess;
  onExit: () => void;
}

export class WarmInstances {
  private readonly parked: Parked[] = [];

  /** At most `limit` instances are kept; the longest kept is stopped to make room. */
  constructor(private readonly limit = 24) {}

  /** Keeps an idle instance for a later cloud; it is stopped if it exits or is never taken. */
  park(signature: string, child: ChildProcess): void {
    if (!serving(child)) {
      stop(child);
      return;
    }
    const entry: Parked = { signature, child, onExit: () => this.forget(entry) };
    this.parked.push(entry);
    child.once('exit', entry.onExit);
    // Nobody else listens while it is kept: an 'error' with no listener would end this process.
    child.on('error', ignore);
    // An idle instance prints nothing; what it might is drained, so its pipes never fill.
    child.stdout?.resume();
    child.stderr?.resume();
    // A kept instance does not keep the process alive (Jest waits for nothing at its end); when the
    // process exits, the instance's IPC channel closes and it exits too (worker.ts).
    hold(child, false);
    while (this.parked.length > this.limit) {
      const oldest = this.parked.shift();
      if (oldest) stop(oldest.child);
    }
  }

  /** An idle instance started with `signature`, alive, no longer kept here; or none. */
  take(signature: string): ChildProcess | undefined {
    for (let i = this.parked.length - 1; i >= 0; i--) {
      const entry = this.parked[i];
      if (!entry || entry.signature !== signature) continue;
      this.parked.splice(i, 1);
      entry.child.off('exit', entry.onExit);
      entry.child.off('error', ignore);
      if (serving(entry.child)) {
        hold(entry.child, true);
        return entry.child;
      }
      stop(entry.child);
    }
    return undefined;
  }

  private forget(entry: Parked): void {
    const i = this.parked.indexOf(entry);
    if (i >= 0) this.parked.splice(i, 1);
  }

  get size(): number {
    return this.parked.length;
  }

  /** Stops every kept instance. */
  clear(): void {
    for (const entry of this.parked.splice(0)) stop(entry.child);
  }
}

function ignore(): void {}

/** Whether the child's process, IPC channel and pipes keep this process's event loop alive. */
function hold(child: ChildProcess, held: boolean): void {
  const handles = [child, child.channel, child.stdout, child.stderr] as (
    { ref?(): void; unref?(): void } | null | undefined
  )[];
  for (const handle of handles) {
    if (held) handle?.ref?.();
    else handle?.unref?.();
  }
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Running and still reachable over its IPC channel: an instance that can take a call. */
function serving(child: ChildProcess): boolean {
  return child.connected && running(child);
}

function stop(child: ChildProcess): void {
  if (running(child)) child.kill('SIGKILL');
}
