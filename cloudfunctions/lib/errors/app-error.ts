import { ERROR_MESSAGES, type ErrorCode } from './codes';

/** An expected failure: a stable code and a message safe to show. Anything else is a bug. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
