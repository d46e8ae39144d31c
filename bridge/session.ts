import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { WebSocket } from 'ws';
import { waitForApp } from './app-hook';
import { appMethods } from './methods/app';
import { elementMethods } from './methods/element';
import { pageMethods } from './methods/page';
import { toolMethods } from './methods/tool';
import { installBridgeRuntime, NAME_SHIM } from './page-runtime';
import { type AutomatorEvent, type AutomatorReply, parseRequest, ProtocolError, unsupported } from './protocol';
import type { MethodHandler, SessionContext } from './session-context';

const METHODS: Record<string, MethodHandler> = { ...appMethods, ...toolMethods, ...pageMethods, ...elementMethods };
const LOG_BUFFER = 1000;

export interface SessionOptions {
  browser: Browser;
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

/** One automator connection: its own browser context (storage, cookies), page, element handles and identity. */
export class BridgeSession implements SessionContext {
  private context!: BrowserContext;
  page!: Page;
  private ready: Promise<void>;
  private logEnabled = false;
  private logs: AutomatorEvent[] = [];
  private exited = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly options: SessionOptions,
  ) {
    this.ready = this.open();
    this.ready.catch(() => undefined);
    ws.on('message', (data) => void this.receive(String(data)));
    ws.on('close', () => void this.dispose());
  }

  private async open(): Promise<void> {
    const { browser, origin, identity, timeoutMs } = this.options;
    this.context = await browser.newContext({
      // The phone the UI is reviewed on (issue 20): iPhone 12–15 logical size.
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      extraHTTPHeaders: { 'x-dev-env': identity.env, 'x-dev-openid': identity.openid },
    });
    this.context.setDefaultTimeout(timeoutMs);
    await this.context.addInitScript(NAME_SHIM);
    await this.context.addInitScript(installBridgeRuntime);
    this.page = await this.context.newPage();
    this.page.on('console', (message) => void this.onConsole(message));
    this.page.on('pageerror', (error) =>
      this.emit({ method: 'App.exceptionThrown', params: { message: error.message, stack: error.stack ?? '' } }),
    );
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
      const result = await this.withTimeout(request.method, handler(this, request.params));
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
    await this.context?.close().catch(() => undefined);
  }
}
