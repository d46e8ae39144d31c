import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string }; dependencies?: Record<string, string> }>;
};

/**
 * The functions run on CloudBase Nodejs18.15 (config/cloud/runtime.ts). otpauth 9.5 pulls
 * @noble/hashes 2 (engines node >= 20.19); the pinned 9.4.1 pulls 1.8.0 (node >= 16).
 */
describe('otpauth on the functions’ Node 18 runtime', () => {
  it('is pinned, with a dependency tree whose engines admit Node 18.15', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.otpauth).toBe('9.4.1');
    const otpauth = lock.packages['node_modules/otpauth'];
    expect(otpauth?.version).toBe('9.4.1');
    for (const dep of Object.keys(otpauth?.dependencies ?? {})) {
      const entry = lock.packages[`node_modules/${dep}`];
      expect(`${dep}@${entry?.version}: ${entry?.engines?.node}`).toMatch(/: (\^14\.21\.3 \|\| )?>=1[0-8]/);
    }
  });

  it('makes and checks codes without Web Crypto or other post-18 globals (node:crypto only)', () => {
    // Node 18 has no global `crypto` (unflagged only in 19): take it away and run the Node build.
    const script = `
      delete globalThis.crypto; delete globalThis.navigator;
      const { TOTP, Secret } = require('otpauth');
      const secret = new Secret({ size: 20 });
      const totp = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
      const code = totp.generate({ timestamp: 1e12 });
      process.stdout.write(JSON.stringify({ code, ok: totp.validate({ token: code, timestamp: 1e12 + 30000, window: 1 }) }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as {
      code: string;
      ok: number | null;
    };
    expect(out.code).toMatch(/^\d{6}$/);
    expect(out.ok).toBe(-1);
  });
});
