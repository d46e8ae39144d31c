/** What every cloud function returns. Shared by the functions and the mini-program's client. */
export interface AppErrorBody {
  code: string;
  message: string;
  requestId?: string;
  /** The field a refusal asks to change, as a stable key (CONTENT.RISKY): the client names it in its language. */
  field?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

/** The one shape a function is called with: `callFunction(name, { action, input })`. */
export interface FunctionEvent {
  action: string;
  input?: unknown;
  /** The device's own session handle (contract/sessions.ts), when it holds one. */
  session?: string;
}
