import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { launchChromium } from './chromium';
import { startCloud } from './cloud';
import { ContextPool } from './context-pool';
import { BridgeSession } from './session';

export interface BridgeOptions {
  /** The H5 build with the automator hook (default dist/h5-e2e). */
  staticDir?: string;
  /** WebSocket port (default: any free port). */
  port?: number;
  /** Longest any single protocol call may take before it answers with an error. */
  timeoutMs?: number;
}

export interface RunningBridge {
  wsEndpoint: string;
  /** Where the app is served (the local cloud). */
  origin: string;
  cloud: 'local-cloud' | 'static';
  stop(): Promise<void>;
}

/** dist/h5-e2e, or another e2e build named by QYB_E2E_STATIC_DIR. */
export const DEFAULT_STATIC_DIR = path.resolve(
  process.env.QYB_E2E_STATIC_DIR ?? path.join(__dirname, '..', 'dist', 'h5-e2e'),
);

/**
 * Local cloud + headless Chromium + a WebSocket server speaking miniprogram-automator's protocol.
 * Every connection gets a browser context of its own (new, or a finished connection's wiped:
 * bridge/context-pool.ts), and a fresh cloud environment name and dev openid.
 */
export async function startBridge(options: BridgeOptions = {}): Promise<RunningBridge> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qyb-bridge-'));
  const cloud = await startCloud(options.staticDir ?? DEFAULT_STATIC_DIR, dataDir);
  const browser = await launchChromium();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pool = new ContextPool(browser, cloud.origin, timeoutMs);
  const server = new WebSocketServer({ host: '127.0.0.1', port: options.port ?? 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const sessions = new Set<BridgeSession>();
  server.on('connection', (ws) => {
    const tag = randomUUID().replace(/-/g, '');
    const session = new BridgeSession(ws, {
      pool,
      origin: cloud.origin,
      // A WeChat-shaped openid (28 characters, leading `o`) and an environment of its own.
      identity: { env: `e2e-${tag.slice(0, 12)}`, openid: `oE2E${tag.slice(0, 24)}` },
      timeoutMs,
    });
    sessions.add(session);
    ws.on('close', () => sessions.delete(session));
  });
  const { port } = server.address() as AddressInfo;
  return {
    wsEndpoint: `ws://127.0.0.1:${port}`,
    origin: cloud.origin,
    cloud: cloud.kind,
    async stop() {
      for (const client of server.clients) client.terminate();
      await Promise.all([...sessions].map((s) => s.dispose()));
      await pool.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await browser.close().catch(() => undefined);
      await cloud.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
