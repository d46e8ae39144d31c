/**
 * The twin's own HTTP surface (dev-only, never deployed): it acts as admin for any `/tcb` caller,
 * so only this machine's tools and pages reach it, and what it hands out cannot act as a page.
 */
import { request } from 'node:http';
import { useLocalCloud } from '../../support/local-cloud';

// A cold function instance requires wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(30_000);

const cloud = useLocalCloud();

/** A raw request, so the Host header can be what a rebound DNS name would send. */
function raw(
  path: string,
  headers: Record<string, string>,
  body = '',
  method = 'POST',
): Promise<{ status: number; text: string }> {
  const { port } = new URL(cloud().cloud.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const port = () => new URL(cloud().cloud.origin).port;

async function fileExists(env: string, fileID: string): Promise<boolean> {
  const r = await cloud()
    .sdk({ env })
    .getTempFileURL({ fileList: [fileID] });
  return r.fileList[0]?.status === 0;
}

async function devCall(name: string, body: string, openid = 'oCaller000001') {
  const r = await fetch(`${cloud().cloud.origin}/__dev/functions/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body,
  });
  return (await r.json()) as { result?: unknown; errCode?: number; errMsg?: string };
}

describe('the twin HTTP surface', () => {
  describe('/tcb', () => {
    it('refuses a cross-site text/plain post acting as admin, and deletes nothing', async () => {
      const env = cloud().freshEnv();
      const { fileID } = await cloud()
        .sdk({ env })
        .uploadFile({ cloudPath: 'keep.txt', fileContent: Buffer.from('x') });
      const body = JSON.stringify({ action: 'storage.batchDeleteFile', envName: env, fileid_list: [fileID] });
      const plain = await raw(`/tcb?env=${env}`, { host: `127.0.0.1:${port()}`, 'content-type': 'text/plain' }, body);
      expect(plain.status).toBe(415);
      const fromPage = await raw(
        `/tcb?env=${env}`,
        { host: `127.0.0.1:${port()}`, 'content-type': 'application/json', origin: 'https://evil.example' },
        body,
      );
      expect(fromPage.status).toBe(403);
      expect(await fileExists(env, fileID)).toBe(true);
    });

    it('refuses a Host that is not loopback with this port (DNS rebinding)', async () => {
      const body = JSON.stringify({ action: 'database.addCollection', collectionName: 'rebound' });
      for (const host of [`evil.example:${port()}`, '127.0.0.1:1', `127.0.0.1.evil.example:${port()}`]) {
        const r = await raw('/tcb', { host, 'content-type': 'application/json' }, body);
        expect([host, r.status]).toEqual([host, 403]);
      }
      const ok = await raw('/tcb', { host: `localhost:${port()}`, 'content-type': 'application/json' }, body);
      expect(JSON.parse(ok.text)).toMatchObject({ data: {} });
    });

    it('takes multipart bodies for wx.openApi only', async () => {
      const boundary = 'b0undary';
      const form = `--${boundary}\r\nContent-Disposition: form-data; name="action"\r\n\r\nstorage.batchDeleteFile\r\n--${boundary}--\r\n`;
      const r = await raw(
        '/tcb',
        { host: `127.0.0.1:${port()}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
        form,
      );
      expect(JSON.parse(r.text)).toMatchObject({
        code: 'INVALID_PARAM',
        message: expect.stringContaining('wx.openApi'),
      });
    });
  });

  describe('/__dev', () => {
    it('refuses a rebound Host and a cross-site Origin, and answers loopback ones', async () => {
      expect((await raw('/__dev/identity', { host: `evil.example:${port()}` }, '', 'GET')).status).toBe(403);
      const crossSite = { host: `127.0.0.1:${port()}`, origin: 'https://evil.example', 'content-type': 'text/plain' };
      expect((await raw('/__dev/functions/echo', crossSite, '{}')).status).toBe(403);
      expect((await raw('/__dev/identity', { host: `[::1]:${port()}` }, '', 'GET')).status).toBe(200);
    });
  });

  describe('when an event nests 10,000 levels deep', () => {
    it('refuses it clearly before any worker, and another caller of the same function finishes', async () => {
      expect(await devCall('sleepy', '{}')).toMatchObject({ result: 'finished' }); // a warm worker
      const deep = `{"input":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
      const refused = await devCall('sleepy', deep);
      expect(refused).toMatchObject({ errCode: -1, errMsg: expect.stringContaining('nests 10001 levels deep') });
      // A call that spans the moment the refused call's timeout (3 s) would have fired.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await devCall('sleepy', JSON.stringify({ ms: 2500 }), 'oOtherCaller1')).toMatchObject({
        result: 'finished',
      });
    });

    it('is refused on /tcb too (INVALID_PARAM), where the SDK itself would not send it', async () => {
      const request_data = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const r = await raw(
        '/tcb',
        { host: `127.0.0.1:${port()}`, 'content-type': 'application/json' },
        JSON.stringify({ action: 'functions.invokeFunction', function_name: 'echo', request_data }),
      );
      expect(JSON.parse(r.text)).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('5000') });
    });
  });
});
