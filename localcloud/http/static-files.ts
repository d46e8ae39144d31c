/** Serves the built H5 app with a fallback to index.html for client-side routes. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendBytes } from './body';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function serveStatic(res: ServerResponse, root: string, pathname: string): boolean {
  let rel: string;
  try {
    rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    return false;
  }
  if (rel.split(sep).includes('..')) return false;
  let file = join(root, rel);
  if (!existsSync(file) || statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    file = existsSync(index) ? index : extname(rel) ? '' : join(root, 'index.html');
  }
  if (!file || !existsSync(file)) return false;
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const cache = file.endsWith('.html') ? 'no-cache' : 'public, max-age=300';
  sendBytes(res, 200, readFileSync(file), type, { 'cache-control': cache });
  return true;
}
