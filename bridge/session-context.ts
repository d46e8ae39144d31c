import type { Page } from 'playwright-core';
import type { AutomatorEvent } from './protocol';

/** What a method handler may use: the connection's page and its event channel. */
export interface SessionContext {
  readonly page: Page;
  emit(event: AutomatorEvent): void;
  enableLog(): void;
  addBinding(name: string): Promise<void>;
  /** Closes the mini-program (the page); later calls fail with a clear message. */
  exit(): Promise<void>;
}

export type MethodHandler = (ctx: SessionContext, params: Record<string, unknown>) => Promise<unknown>;
