/** The URLs storage hands out: the signed upload PUT and the signed, expiring download GET. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cosError, type StorageService } from '../storage/storage-service';
import { readBody, sendBytes } from './body';

const UPLOAD = /^\/__storage\/upload\/([^/]+)\/([A-Za-z0-9_-]+)$/;
const FILES = /^\/__storage\/files\/([^/]+)\/([A-Za-z0-9_-]+)$/;

export async function handleStorage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  storage: StorageService,
  maxUploadBytes: number,
): Promise<boolean> {
  const expires = Number(url.searchParams.get('expires'));
  const sig = url.searchParams.get('sig') ?? '';
  const upload = UPLOAD.exec(url.pathname);
  if (upload && req.method === 'PUT') {
    const bytes = await readBody(req, maxUploadBytes);
    const ct = req.headers['content-type'];
    const owner = url.searchParams.get('owner') ?? '';
    const error = storage.acceptUpload(upload[1] as string, upload[2] as string, expires, sig, bytes, ct, owner);
    if (error) {
      const e = cosError(403, 'AccessDenied', error);
      sendBytes(res, e.status, e.bytes, e.contentType);
    } else {
      res.writeHead(200, { 'content-length': 0 });
      res.end();
    }
    return true;
  }
  const files = FILES.exec(url.pathname);
  if (files && (req.method === 'GET' || req.method === 'HEAD')) {
    const r = storage.download(files[1] as string, files[2] as string, expires, sig);
    sendBytes(res, r.status, r.bytes, r.contentType, { 'access-control-allow-origin': '*', ...r.headers });
    return true;
  }
  return false;
}
