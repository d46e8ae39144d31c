/** The build's check that each function's config.json declares exactly the cloud calls its bundle makes. */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleOpenApiCalls, openApiCallsIn, permissionProblems } from '../../../../scripts/build/openapi-permissions';

const root = join(__dirname, '..', '..', '..', '..');

describe('openApiCallsIn', () => {
  it('reads an OPENAPI_CALLS declaration', () => {
    expect(
      openApiCallsIn(
        'a.ts',
        'export const OPENAPI_CALLS = [\'subscribeMessage.send\', "security.msgSecCheck"] as const;',
      ),
    ).toEqual(['subscribeMessage.send', 'security.msgSecCheck']);
  });

  it('refuses a module that calls cloud.openapi without declaring what', () => {
    expect(() => openApiCallsIn('b.ts', 'await cloud.openapi.security.msgSecCheck({ content })')).toThrow(
      'b.ts calls cloud.openapi.* but exports no OPENAPI_CALLS',
    );
  });
});

describe('the real bundles (esbuild metafile)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'openapi-check-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function callsOf(entry: string): Promise<string[]> {
    const { metafile } = await build({
      entryPoints: [join(root, entry)],
      outfile: join(dir, `${entry.replace(/\W/g, '_')}.js`),
      absWorkingDir: root,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['wx-server-sdk'],
      metafile: true,
      logLevel: 'silent',
    });
    return bundleOpenApiCalls(Object.keys(metafile.inputs).map((f) => join(root, f)));
  }

  it('the requests function reaches subscribeMessage.send through the Notifier and the content checks; consent none', async () => {
    expect(await callsOf('cloudfunctions/requests/index.ts')).toEqual([
      'security.mediaCheckAsync',
      'security.msgSecCheck',
      'subscribeMessage.send',
    ]);
    expect(await callsOf('cloudfunctions/consent/index.ts')).toEqual([]);
  });

  it('a planted omission fails, naming the function and the API; a planted extra is flagged', async () => {
    const calls = await callsOf('cloudfunctions/requests/index.ts');
    expect(permissionProblems('requests', calls, [])).toEqual([
      'requests: calls security.mediaCheckAsync but cloudfunctions/requests/config.json permissions.openapi does not declare it (WeChat answers -604101)',
      'requests: calls security.msgSecCheck but cloudfunctions/requests/config.json permissions.openapi does not declare it (WeChat answers -604101)',
      'requests: calls subscribeMessage.send but cloudfunctions/requests/config.json permissions.openapi does not declare it (WeChat answers -604101)',
    ]);
    expect(
      permissionProblems('requests', calls, [
        'security.mediaCheckAsync',
        'security.msgSecCheck',
        'subscribeMessage.send',
      ]),
    ).toEqual([]);
    expect(permissionProblems('consent', [], ['subscribeMessage.send'])).toEqual([
      'consent: cloudfunctions/consent/config.json permissions.openapi declares subscribeMessage.send, which the bundle never calls',
    ]);
  });

  it('a new module calling openapi is counted once it is bundled', async () => {
    const file = join(dir, 'entry.ts');
    writeFileSync(file, "export const OPENAPI_CALLS = ['security.msgSecCheck'];\nexport const main = () => 1;\n");
    expect(bundleOpenApiCalls([file])).toEqual(['security.msgSecCheck']);
  });
});
