import { ERROR_MESSAGES, type ErrorCode } from './codes';

/** What an error carries besides its message, for the client (contract/result.ts AppErrorBody). */
export interface AppErrorExtra {
  /** The field to change, as a stable key (CONTENT.RISKY: contract/content-fields.ts). */
  field?: string;
}

/** An expected failure: a stable code and a message safe to show. Anything else is a bug. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], extra: AppErrorExtra = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (extra.field !== undefined) this.field = extra.field;
  }
}
