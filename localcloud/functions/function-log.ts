/** Per-invocation logs: JSON lines in `<dataDir>/logs/functions.log`, optionally echoed to stdout. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface LogEntry {
  requestId: string | null;
  function: string;
  env?: string;
  kind: 'start' | 'end' | 'stdout' | 'stderr';
  text?: string;
  durationMs?: number;
  outcome?: string;
}

export class FunctionLog {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly echo: boolean,
  ) {
    const dir = join(dataDir, 'logs');
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'functions.log');
  }

  write(entry: LogEntry): void {
    appendFileSync(this.file, `${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
    if (!this.echo) return;
    const tag = `[fn ${entry.function} ${entry.requestId ?? '-'}]`;
    if (entry.kind === 'start') process.stdout.write(`${tag} start env=${entry.env ?? ''}\n`);
    else if (entry.kind === 'end')
      process.stdout.write(`${tag} end ${entry.outcome ?? ''} ${entry.durationMs ?? 0}ms\n`);
    else process.stdout.write(`${tag} ${entry.text?.trimEnd() ?? ''}\n`);
  }
}
