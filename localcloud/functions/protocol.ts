/** Messages between the runner and a function worker process (over Node's IPC channel). */

export interface InvokeMessage {
  type: 'invoke';
  requestId: string;
  event: unknown;
  context: Record<string, unknown>;
  /** Set for this invocation only, removed when it ends. */
  env: Record<string, string>;
}

/**
 * Variables of the instance itself, set when a cloud takes over a warm instance another cloud left
 * (warm-instances.ts): where its SDK sends every call (`TCB_CONTEXT_CNFG`), which is that cloud's.
 */
export interface RetargetMessage {
  type: 'retarget';
  env: Record<string, string>;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'log'; requestId: string | null; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'result'; requestId: string; ok: true; json: string }
  | { type: 'result'; requestId: string; ok: false; error: { name: string; message: string; stack?: string } };
