import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

export type RawReply = { id: string; result?: Record<string, unknown>; error?: { message: string } };
export interface RawEvent {
  method: string;
  params: Record<string, unknown>;
}

/** A bare protocol client: what miniprogram-automator sends, without its conveniences. */
export class RawClient {
  readonly events: RawEvent[] = [];
  private readonly pending = new Map<string, (reply: RawReply) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as RawReply & Partial<RawEvent>;
      if (!message.id) {
        this.events.push({ method: message.method ?? '', params: message.params ?? {} });
        return;
      }
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  static open(wsEndpoint: string): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(wsEndpoint);
      ws.once('open', () => resolve(new RawClient(ws)));
      ws.once('error', reject);
    });
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<RawReply> {
    const id = randomUUID();
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** The result of a call that must succeed. */
  async call(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const reply = await this.send(method, params);
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result ?? {};
  }

  close(): void {
    this.ws.close();
  }
}
