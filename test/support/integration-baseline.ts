import { randomBytes } from 'node:crypto';
import { newEs256Jwk } from '../../scripts/keys/oidc-dev-keys';

/** Where the run's baseline travels from the global setup to the Jest workers (their environment). */
export const BASELINE_VARIABLE = 'QYB_TEST_RUN_BASELINE';

function make(): Record<string, string> {
  return {
    QYB_FIELD_KEY: `t1:${randomBytes(32).toString('base64')}`,
    QYB_INDEX_KEY: randomBytes(32).toString('base64'),
    QYB_FACE_VERIFIER: 'local-stand-in',
    QYB_LOGIN_DELAY_MS: '0',
    QYB_STAFF_FACTOR: 'when-enrolled',
    QYB_OIDC_SIGNING_KEYS: JSON.stringify({ keys: [newEs256Jwk('test')] }),
    QYB_OIDC_ISSUER: 'http://127.0.0.1/oidc',
  };
}

/**
 * The integration files' starting environment, made once for the run (test/support/
 * integration-global-setup.ts) so that every file of the run has the same keys: a function instance
 * one file's cloud left warm can then serve the next file's (localcloud/functions/warm-instances.ts,
 * which hands on only an instance started with the very same environment). Made here when a file
 * runs without the global setup.
 */
export function integrationBaseline(): Record<string, string> {
  const made = process.env[BASELINE_VARIABLE];
  if (made) return JSON.parse(made) as Record<string, string>;
  return make();
}

/** Makes the run's baseline and puts it where the Jest workers, started after, inherit it. */
export function makeRunBaseline(): void {
  process.env[BASELINE_VARIABLE] = JSON.stringify(make());
}
