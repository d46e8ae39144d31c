/**
 * A function instance: loads `<name>/index.js` once (warm after the first call) and runs one
 * invocation at a time with that invocation's environment variables, as a CloudBase instance does.
 */
import type { InvokeMessage, RetargetMessage, WorkerMessage } from './protocol';

let current: string | null = null;
/** The function is required when the instance starts, so its cold start is not billed to the timeout. */
const modulePath = process.argv[2] ?? '';
type Loaded = { main: (event: unknown, context: unknown) => unknown } | Error;

function send(msg: WorkerMessage): void {
  process.send?.(msg);
}

function capture(stream: 'stdout' | 'stderr'): void {
  const target = process[stream];
  target.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    send({
      type: 'log',
      requestId: current,
      stream,
      text: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(),
    });
    const cb = rest.find((r): r is () => void => typeof r === 'function');
    cb?.();
    return true;
  }) as typeof target.write;
}

async function invoke(msg: InvokeMessage): Promise<void> {
  current = msg.requestId;
  // The instance's own values of what this invocation sets (an environment's own variables may
  // shadow them), restored after it.
  const before = Object.fromEntries(Object.keys(msg.env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(msg.env)) process.env[k] = v;
  try {
    if (loaded instanceof Error) throw loaded;
    const value = await loaded.main(msg.event, msg.context);
    send({ type: 'result', requestId: msg.requestId, ok: true, json: JSON.stringify(value ?? null) ?? 'null' });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    send({
      type: 'result',
      requestId: msg.requestId,
      ok: false,
      error: { name: err.name, message: err.message, stack: err.stack },
    });
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    current = null;
  }
}

function load(): Loaded {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(modulePath) as { main?: unknown };
    if (typeof mod.main !== 'function') return new Error(`${modulePath} does not export main`);
    return { main: mod.main as (event: unknown, context: unknown) => unknown };
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

capture('stdout');
capture('stderr');
const loaded = load();
process.on('message', (msg: InvokeMessage | RetargetMessage) => {
  if (msg.type === 'invoke') void invoke(msg);
  // Between invocations only: the runner sends it before the new cloud's first invoke.
  else if (msg.type === 'retarget') for (const [k, v] of Object.entries(msg.env)) process.env[k] = v;
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
