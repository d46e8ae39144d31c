import { randomBytes } from 'node:crypto';
import { newEs256Jwk } from '../../scripts/keys/oidc-dev-keys';

/**
 * Every integration file starts from the same environment, the one `npm start` gives the functions
 * (the local cloud hands this process's environment to them): keys made for the run, the stand-ins
 * a local cloud may use, no login delay. A file sets what it needs differently itself, at import.
 * Without this, a file whose functions need a key passed only when an earlier file in the same
 * Jest worker had set it, so the result depended on the order and on the number of workers.
 */
const baseline: Record<string, () => string> = {
  QYB_FIELD_KEY: () => `t1:${randomBytes(32).toString('base64')}`,
  QYB_INDEX_KEY: () => randomBytes(32).toString('base64'),
  QYB_FACE_VERIFIER: () => 'local-stand-in',
  QYB_LOGIN_DELAY_MS: () => '0',
  QYB_STAFF_FACTOR: () => 'when-enrolled',
  QYB_OIDC_SIGNING_KEYS: () => JSON.stringify({ keys: [newEs256Jwk('test')] }),
  QYB_OIDC_ISSUER: () => 'http://127.0.0.1/oidc',
};
for (const [name, make] of Object.entries(baseline)) process.env[name] = make();
