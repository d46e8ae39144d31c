/** The browser-facing /__dev endpoints the H5 build and e2e specs use (local cloud only). */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useLocalCloud } from '../../support/local-cloud';

const staticDir = mkdtempSync(join(tmpdir(), 'localcloud-static-'));
mkdirSync(join(staticDir, 'js'));
writeFileSync(join(staticDir, 'index.html'), '<div id="app"></div>');
writeFileSync(join(staticDir, 'js', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

// A cold function instance requires wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(30_000);

const cloud = useLocalCloud({ staticDir });

async function dev(path: string, init: RequestInit & { openid?: string; env?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(init.headers as Record<string, string>),
  };
  if (init.openid) headers['x-dev-openid'] = init.openid;
  if (init.env) headers['x-dev-env'] = init.env;
  return fetch(`${cloud().cloud.origin}${path}`, { ...init, headers });
}

describe('/__dev endpoints', () => {
  it('gives a browser a stable dev openid kept in a cookie', async () => {
    const first = await dev('/__dev/identity');
    const cookie = first.headers.get('set-cookie') ?? '';
    const id1 = (await first.json()) as { openid: string; env: string };
    expect(id1.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(id1.env).toBe('local');
    const second = await dev('/__dev/identity', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(((await second.json()) as { openid: string }).openid).toBe(id1.openid);
  });

  it('calls a function as the header openid in the header environment, like wx.cloud.callFunction', async () => {
    const env = cloud().freshEnv();
    const r = await dev('/__dev/functions/whoami', {
      method: 'POST',
      body: JSON.stringify({ tag: 't' }),
      openid: 'oBrowser00001',
      env,
    });
    const body = (await r.json()) as { result: { OPENID: string; ENV: string; SOURCE: string } };
    expect(body.result).toMatchObject({ OPENID: 'oBrowser00001', ENV: env, SOURCE: 'wx_client' });
    const fail = (await (await dev('/__dev/functions/boom', { method: 'POST', body: '{}' })).json()) as {
      errCode: number;
      errMsg: string;
    };
    expect(fail).toMatchObject({ errCode: -504002, errMsg: expect.stringContaining('boom') });
  });

  it('uploads raw bytes and hands out temp URLs', async () => {
    const env = cloud().freshEnv();
    const up = (await (
      await fetch(`${cloud().cloud.origin}/__dev/storage/upload?cloudPath=${encodeURIComponent('avatars/me.png')}`, {
        method: 'POST',
        headers: { 'x-dev-env': env, 'content-type': 'image/png' },
        body: Buffer.from([1, 2, 3]),
      })
    ).json()) as { fileID: string };
    expect(up.fileID).toContain('avatars/me.png');
    const urls = (await (
      await dev('/__dev/storage/temp-urls', { method: 'POST', env, body: JSON.stringify({ fileList: [up.fileID] }) })
    ).json()) as {
      fileList: { tempFileURL: string; status: number }[];
    };
    const file = await fetch(urls.fileList[0]?.tempFileURL ?? '');
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(Buffer.from([1, 2, 3]));
    // The same file is visible to the SDK in that environment.
    expect((await cloud().sdk({ env }).downloadFile({ fileID: up.fileID })).fileContent).toEqual(
      Buffer.from([1, 2, 3]),
    );
  });

  it('answers CORS preflight for localhost origins only', async () => {
    const ok = await fetch(`${cloud().cloud.origin}/__dev/identity`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:10086' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:10086');
    const other = await fetch(`${cloud().cloud.origin}/__dev/identity`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the H5 app with a fallback to index.html for client routes', async () => {
    expect(await (await fetch(`${cloud().cloud.origin}/`)).text()).toContain('id="app"');
    expect(await (await fetch(`${cloud().cloud.origin}/pages/account/index`)).text()).toContain('id="app"');
    const js = await fetch(`${cloud().cloud.origin}/js/app.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${cloud().cloud.origin}/missing.js`)).status).toBe(404);
    expect(await (await fetch(`${cloud().cloud.origin}/..%2F..%2Fetc%2Fpasswd`)).text()).not.toContain('root:');
  });

  it('refuses an invalid dev openid', async () => {
    const r = await dev('/__dev/identity', { openid: 'bad id!' });
    expect(r.status).toBe(400);
  });
});
