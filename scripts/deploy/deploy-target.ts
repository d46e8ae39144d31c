/**
 * Where a deploy goes, behind two interfaces so the order of steps is tested without a network:
 * the CloudBase manager (functions' runtime, timeout and variables; collections; indexes) and
 * WeChat's CI (the mini-program upload, function code, timer triggers).
 */
import type { PlannedIndex } from './cloud-declarations';
import type { TimerTrigger } from './function-config';

export interface FunctionSettings {
  name: string;
  runtime: string;
  timeout: number;
  envVariables: Record<string, string>;
}

export interface CloudManagerTarget {
  /** Creates the function with its runtime when missing (the runtime is fixed at creation), else updates timeout and variables. */
  ensureFunction(settings: FunctionSettings): Promise<'created' | 'updated'>;
  ensureCollection(name: string): Promise<'created' | 'exists'>;
  /** Creates the indexes the collection lacks; returns the names created. */
  ensureIndexes(collection: string, indexes: readonly PlannedIndex[]): Promise<string[]>;
}

export interface WechatCiTarget {
  uploadFunctionCode(name: string): Promise<void>;
  setTriggers(name: string, triggers: readonly TimerTrigger[]): Promise<void>;
  uploadMiniProgram(version: string, description: string): Promise<void>;
}

/** A step that failed in the cloud: the deploy stops there and says which. */
export class DeployStepError extends Error {
  constructor(
    readonly code: 'FUNCTION_RUNTIME_MISMATCH' | 'TRIGGER_REJECTED' | 'CREDENTIALS_MISSING',
    message: string,
  ) {
    super(message);
  }
}
