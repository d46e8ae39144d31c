/**
 * Runs functions' timer triggers (`config.json` → `triggers: [{ name, type: 'timer', config }]`,
 * CloudBase's format) on schedule, as CloudBase does: the event is
 * `{ Type: 'Timer', TriggerName, Time, Message: '' }` and the invocation has no OPENID.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cronMatches, parseCron, type Cron } from './cron';
import type { FunctionRunner } from './runner';
import { newRequestId } from '../tcb/dispatch';

export interface TimerTrigger {
  functionName: string;
  name: string;
  cron: Cron;
  expression: string;
}

export interface TimerFiring {
  functionName: string;
  triggerName: string;
  env: string;
  at: string;
  outcome: 'ok' | string;
}

/** Every timer trigger declared in `<functionsDir>/<name>/config.json`; a bad one is reported and left out. */
export function readTimerTriggers(functionsDir: string, warn: (m: string) => void = console.warn): TimerTrigger[] {
  if (!existsSync(functionsDir)) return [];
  const out: TimerTrigger[] = [];
  for (const entry of readdirSync(functionsDir, { withFileTypes: true })) {
    const file = join(functionsDir, entry.name, 'config.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    let triggers: unknown;
    try {
      triggers = (JSON.parse(readFileSync(file, 'utf8')) as { triggers?: unknown }).triggers;
    } catch (e) {
      warn(`${entry.name}/config.json is not valid JSON, its triggers are not run: ${(e as Error).message}`);
      continue;
    }
    if (triggers === undefined) continue;
    // A malformed trigger is said, not passed over: CloudBase would refuse the config, and a timer
    // that silently never fires looks like a working function here.
    if (!Array.isArray(triggers)) {
      warn(`${entry.name}/config.json triggers is not an array, its triggers are not run`);
      continue;
    }
    for (const t of triggers as ({ name?: unknown; type?: unknown; config?: unknown } | null)[]) {
      if (t?.type !== 'timer' || typeof t.name !== 'string' || typeof t.config !== 'string') {
        warn(`${entry.name}/config.json has a trigger that is not { name, type: "timer", config }: not run`);
        continue;
      }
      try {
        out.push({ functionName: entry.name, name: t.name, cron: parseCron(t.config), expression: t.config });
      } catch (e) {
        warn(`${entry.name}/config.json trigger ${t.name}: ${(e as Error).message}`);
      }
    }
  }
  return out;
}

export interface TimerOptions {
  functionsDir: string;
  runner: FunctionRunner;
  appid: string;
  /** The environments the triggers run in (each is its own deployment). */
  envs: () => readonly string[];
  now?: () => number;
  onFire?: (firing: TimerFiring) => void;
}

/** Checks every second; the trigger list is re-read each minute so a rebuilt function's triggers apply. */
export class TimerScheduler {
  private timer: NodeJS.Timeout | undefined;
  private triggers: TimerTrigger[] = [];
  private readAt = 0;
  private lastSecond = 0;
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly opts: TimerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), 250);
    this.timer.unref();
  }

  /** Fires what is due in the current second (at most once per second). Exposed for tests. */
  tick(): void {
    const now = (this.opts.now ?? Date.now)();
    const second = Math.floor(now / 1000);
    if (second === this.lastSecond) return;
    this.lastSecond = second;
    if (now - this.readAt > 60_000) {
      this.triggers = readTimerTriggers(this.opts.functionsDir, (m) => console.error(`localcloud timers: ${m}`));
      this.readAt = now;
    }
    for (const trigger of this.triggers) {
      if (!cronMatches(trigger.cron, second * 1000)) continue;
      for (const env of this.opts.envs()) this.fire(trigger, env, second * 1000);
    }
  }

  private fire(trigger: TimerTrigger, env: string, at: number): void {
    const time = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const run = this.opts.runner
      .invoke({
        name: trigger.functionName,
        data: { Type: 'Timer', TriggerName: trigger.name, Time: time, Message: '' },
        caller: { appid: this.opts.appid, clientIp: '127.0.0.1', source: 'timer' },
        env,
        requestId: newRequestId(),
      })
      .then(
        (outcome) => (outcome.ok ? 'ok' : outcome.kind),
        (e: unknown) => `error: ${(e as Error).message}`,
      )
      .then((outcome) => {
        this.opts.onFire?.({ functionName: trigger.functionName, triggerName: trigger.name, env, at: time, outcome });
      });
    const tracked = run.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.running]);
  }
}
