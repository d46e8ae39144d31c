/** One HTTP server on 127.0.0.1: the SDK endpoint, storage URLs, dev endpoints, the H5 app. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyTooLarge, sendJson } from './body';
import { handleDev, type DevDeps } from './dev-routes';
import { handleHttpAccess } from './http-access-route';
import { refuseTcbRequest } from './loopback-guard';
import { serveStatic } from './static-files';
import { handleStorage } from './storage-routes';
import { handleTcb, type TcbDeps } from './tcb-endpoint';

export const SERVICE_PATH = '/tcb';

export interface ServerDeps {
  tcb: TcbDeps;
  dev: DevDeps;
  staticDir?: string;
  maxUploadBytes: number;
}

async function route(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === SERVICE_PATH && req.method === 'POST') {
    if (refuseTcbRequest(req, res)) return;
    return handleTcb(req, res, deps.tcb);
  }
  if (
    url.pathname.startsWith('/__storage/') &&
    (await handleStorage(req, res, url, deps.dev.storage, deps.maxUploadBytes))
  )
    return;
  if (await handleDev(req, res, url, deps.dev)) return;
  if (await handleHttpAccess(req, res, url, deps.dev)) return;
  if (
    deps.staticDir &&
    (req.method === 'GET' || req.method === 'HEAD') &&
    serveStatic(res, deps.staticDir, url.pathname)
  )
    return;
  sendJson(res, 404, { code: 'NOT_FOUND', message: `${req.method ?? ''} ${url.pathname}` });
}

export function startServer(deps: ServerDeps, port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    route(req, res, deps).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = e instanceof BodyTooLarge ? 413 : 500;
      sendJson(res, status, { code: 'SYS_ERR', message: (e as Error).message });
    });
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

export function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
