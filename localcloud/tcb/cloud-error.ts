/** An expected failure answered in CloudBase's shape: HTTP 200 `{ code, message, requestId }`. */
export class CloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }
}

/** Codes the SDK maps to errCodes (see CLOUDBASE-WIRE.md §0); others become -501001. */
export const CODES = {
  invalidParam: 'INVALID_PARAM',
  invalidAction: 'INVALID_ACTION',
  system: 'SYS_ERR',
  dbRequestFailed: 'DATABASE_REQUEST_FAILED',
  collectionNotExist: 'DATABASE_COLLECTION_NOT_EXIST',
  collectionExists: 'DATABASE_COLLECTION_ALREADY_EXIST',
  transactionConflict: 'DATABASE_TRANSACTION_CONFLICT',
  transactionNotExist: 'DATABASE_TRANSACTION_NOT_EXIST',
  functionFailed: 'FUNCTIONS_EXECUTE_FAIL',
  functionTimeout: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
  functionNotFound: 'FUNCTION_NOT_FOUND',
  fileNotExist: 'STORAGE_FILE_NONEXIST',
  storageFailed: 'STORAGE_REQUEST_FAIL',
} as const;

export function invalidParam(message: string): CloudError {
  return new CloudError(CODES.invalidParam, message);
}
