import type { ConsoleMessage, Page } from 'playwright-core';
import type { WebSocket } from 'ws';
import { waitForApp } from './app-hook';
import type { ContextPool, Lease } from './context-pool';
import { appMethods } from './methods/app';
import { elementMethods } from './methods/element';
import { pageMethods } from './methods/page';
import { toolMethods } from './methods/tool';
import { type AutomatorEvent, type AutomatorReply, parseRequest, ProtocolError, unsupported } from './protocol';
import type { MethodHandler, SessionContext } from './session-context';

const METHODS: Record<string, MethodHandler> = { ...appMethods, ...toolMethods, ...pageMethods, ...elementMethods };
const LOG_BUFFER = 1000;
/** How long a closed connection's unfinished calls may take before its context is closed rather than lent again. */
const INFLIGHT_GRACE_MS = 2_000;

export interface SessionOptions {
  /** Where the connection's context comes from: a new one, or one a finished connection left, wiped. */
  pool: ContextPool;
  origin: string;
  /** Sent with every request the app makes, so the local cloud gives this connection its own world. */
  identity: { env: string; openid: string };
  timeoutMs: number;
}

export const IMPLEMENTED_METHODS = Object.keys(METHODS);

/** Playwright prefixes its errors (`page.evaluate: Error: …`) and appends a stack; keep the message. */
function cleanMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .split('\n')[0]
    .replace(/^[\w.]+: /, '')
    .replace(/^Error: /, '');
}

/**
 * One automator connection: a browser context (storage, cookies) and page of its own while it lasts,
 * its element handles and its identity.
 */
export class BridgeSession implements SessionContext {
  private lease?: Lease;
  page!: Page;
  private ready: Promise<void>;
  private logEnabled = false;
  private logs: AutomatorEvent[] = [];
  private exited = false;
  /** Method calls still working on the page (a timed-out call's work may go on after its reply). */
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly ws: WebSocket,
    private readonly options: SessionOptions,
  ) {
    this.ready = this.open();
    this.ready.catch(() => undefined);
    ws.on('message', (data) => void this.receive(String(data)));
    ws.on('close', () => void this.dispose());
  }

  private readonly consoleListener = (message: ConsoleMessage) => void this.onConsole(message);
  private readonly errorListener = (error: Error) =>
    this.emit({ method: 'App.exceptionThrown', params: { message: error.message, stack: error.stack ?? '' } });

  private async open(): Promise<void> {
    const { pool, origin, identity, timeoutMs } = this.options;
    this.lease = await pool.acquire(identity);
    this.page = this.lease.page;
    this.page.on('console', this.consoleListener);
    this.page.on('pageerror', this.errorListener);
    await this.page.goto(`${origin}/`);
    await waitForApp(this.page, timeoutMs);
  }

  private async onConsole(message: ConsoleMessage): Promise<void> {
    // Messages the browser itself logs (a failed resource load) carry text but no arguments.
    const handles = message.args();
    const args = handles.length
      ? await Promise.all(handles.map((arg) => arg.jsonValue().catch(() => arg.toString())))
      : [message.text()];
    const type = message.type() === 'warning' ? 'warn' : message.type();
    const event = { method: 'App.logAdded', params: { type, args } };
    if (this.logEnabled) this.emit(event);
    else if (this.logs.length < LOG_BUFFER) this.logs.push(event);
  }

  private async receive(raw: string): Promise<void> {
    const request = parseRequest(raw);
    if (!request) return;
    const handler = METHODS[request.method];
    if (!handler) return this.reply({ id: request.id, error: { message: unsupported(request.method).message } });
    try {
      if (this.exited && request.method !== 'Tool.close') throw new ProtocolError('the mini-program has exited');
      await this.ready;
      const work = handler(this, request.params);
      this.inflight.add(work);
      void work.catch(() => undefined).finally(() => this.inflight.delete(work));
      const result = await this.withTimeout(request.method, work);
      this.reply({ id: request.id, result });
    } catch (error) {
      this.reply({ id: request.id, error: { message: cleanMessage(error) } });
    }
  }

  private withTimeout<T>(method: string, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new ProtocolError(`${method} timed out after ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  private reply(message: AutomatorReply): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }

  emit(event: AutomatorEvent): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(event));
  }

  enableLog(): void {
    if (this.logEnabled) return;
    this.logEnabled = true;
    for (const event of this.logs.splice(0)) this.emit(event);
  }

  async addBinding(name: string): Promise<void> {
    // An exposed function stays on the page for good: this context is not lent again.
    this.lease?.spoil();
    await this.page.exposeFunction(name, (...args: unknown[]) =>
      this.emit({ method: 'App.bindingCalled', params: { name, args } }),
    );
  }

  async exit(): Promise<void> {
    if (this.exited) return;
    this.exited = true;
    await this.page.close();
  }

  async dispose(): Promise<void> {
    this.exited = true;
    await this.ready.catch(() => undefined);
    if (!this.lease) return;
    // Work of this connection must not land on the page once another connection has it.
    let grace: NodeJS.Timeout | undefined;
    const settled = await Promise.race([
      Promise.allSettled([...this.inflight]).then(() => true),
      new Promise<false>((resolve) => (grace = setTimeout(() => resolve(false), INFLIGHT_GRACE_MS))),
    ]);
    clearTimeout(grace);
    if (!settled) this.lease.spoil();
    this.page.off('console', this.consoleListener);
    this.page.off('pageerror', this.errorListener);
    await this.lease.release();
  }
}
