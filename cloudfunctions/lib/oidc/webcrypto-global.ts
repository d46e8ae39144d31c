import { webcrypto } from 'node:crypto';

/**
 * jose 6 (the only JWT/JWK code here) uses the Web Crypto global. Node.js 18 — CloudBase's
 * Nodejs18.15 runtime — has it only as `node:crypto`'s `webcrypto` (the global came unflagged in
 * Node 19; jose's Node.js notes, github.com/panva/jose/issues/262). Imported first by the oidc
 * function so jose finds Node's own implementation; nothing here implements cryptography.
 */
const g = globalThis as { crypto?: unknown };
if (g.crypto === undefined) g.crypto = webcrypto;
