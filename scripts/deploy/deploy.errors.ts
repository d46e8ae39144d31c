/** Why a deploy is refused: a stable code, the thing it names, and a message for the operator. */
export type RefusalCode =
  | 'APPID_INVALID'
  | 'APPID_PLACEHOLDER'
  | 'UPLOAD_KEY_MISSING'
  | 'CLOUD_ENV_INVALID'
  | 'FUNCTION_CONFIG_MISSING'
  | 'FUNCTION_TIMEOUT_INVALID'
  | 'FUNCTION_TRIGGER_INVALID'
  | 'FUNCTION_PERMISSIONS_INVALID'
  | 'FUNCTION_BUNDLE_MISSING'
  | 'PERMISSION_MISSING'
  | 'RUNTIME_INVALID'
  | 'COLLECTION_UNDECLARED'
  | 'INDEX_COLLECTION_UNDECLARED'
  | 'ENV_UNDECLARED'
  | 'ENV_MISSING'
  | 'ENV_INVALID'
  | 'TEMPLATE_PLACEHOLDER'
  | 'STAND_IN_SELECTED';

export interface Refusal {
  code: RefusalCode;
  /** What it is about: a function, collection, variable or file. */
  subject: string;
  message: string;
}

export const refusal = (code: RefusalCode, subject: string, message: string): Refusal => ({ code, subject, message });

export function formatRefusal(r: Refusal): string {
  return `✗ ${r.code} ${r.subject}: ${r.message}`;
}
