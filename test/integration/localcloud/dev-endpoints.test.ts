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

const cloud = useLocalCloud({
  staticDir,
  subscriptions: { templates: ['TPL_ONCE_1'], longTermTemplates: ['TPL_LONG'] },
});

/** The first bytes of a PNG: what the twin checks before serving an upload as an image. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

async function devUpload(env: string, openid: string, cloudPath: string, bytes: Buffer): Promise<string> {
  const r = await fetch(`${cloud().cloud.origin}/__dev/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-dev-env': env, 'x-dev-openid': openid, 'content-type': 'image/png' },
    body: new Uint8Array(bytes),
  });
  return ((await r.json()) as { fileID: string }).fileID;
}

async function devTempUrls(env: string, openid: string, fileList: string[]) {
  const r = await dev('/__dev/storage/temp-urls', { method: 'POST', env, openid, body: JSON.stringify({ fileList }) });
  return ((await r.json()) as { fileList: { tempFileURL: string; status: number; errMsg: string }[] }).fileList;
}

async function subscribe(tmplIds: string[], openid = 'oSubscriber01') {
  const results = Object.fromEntries(tmplIds.map((id) => [id, 'accept']));
  const r = await dev('/__dev/subscriptions', {
    method: 'POST',
    openid,
    env: 'subs',
    body: JSON.stringify({ tmplIds, results }),
  });
  return (await r.json()) as Record<string, unknown>;
}

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

  it('uploads raw bytes and hands out temp URLs to their uploader', async () => {
    const env = cloud().freshEnv();
    const fileID = await devUpload(env, 'oUploader0001', 'avatars/me.png', PNG);
    expect(fileID).toContain('avatars/me.png');
    const [item] = await devTempUrls(env, 'oUploader0001', [fileID]);
    const file = await fetch(item?.tempFileURL ?? '');
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
    // The same file is visible to the SDK in that environment.
    expect((await cloud().sdk({ env }).downloadFile({ fileID })).fileContent).toEqual(PNG);
  });

  describe('storage as the production rule "仅创建者及管理员可读写" (creator-only)', () => {
    it("gives person B no temp URL for A's file, from the client; functions still read it", async () => {
      const env = cloud().freshEnv();
      const fromDev = await devUpload(env, 'oAlice000001', 'requests/a.png', PNG);
      // Uploaded the way the mini-program does in WeChat: the SDK acting as that person.
      const { fileID: fromSdk } = await cloud()
        .sdk({ env, openid: 'oAlice000001' })
        .uploadFile({ cloudPath: 'requests/b.png', fileContent: PNG });
      const asBob = await devTempUrls(env, 'oBob00000001', [fromDev, fromSdk]);
      expect(asBob.map((f) => [f.status, f.tempFileURL])).toEqual([
        [-1, ''],
        [-1, ''],
      ]);
      expect(asBob[0]?.errMsg).toContain('STORAGE_EXCEED_AUTHORITY');
      const asAlice = await devTempUrls(env, 'oAlice000001', [fromDev, fromSdk]);
      expect(asAlice.map((f) => f.status)).toEqual([0, 0]);
      const server = await cloud()
        .sdk({ env })
        .getTempFileURL({ fileList: [fromDev, fromSdk] });
      expect(server.fileList.map((f) => f.status)).toEqual([0, 0]);
    });

    it('refuses more than 50 files in one client call', async () => {
      const r = await dev('/__dev/storage/temp-urls', {
        method: 'POST',
        body: JSON.stringify({ fileList: new Array(51).fill('cloud://local.localcloud/x.png') }),
      });
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ errMsg: expect.stringContaining('at most 50 files per call') });
    });
  });

  describe('/__dev/subscriptions, as wx.requestSubscribeMessage answers', () => {
    it('refuses one-time and long-term templates in one call with 20002 and records nothing', async () => {
      expect(await subscribe(['TPL_ONCE_1', 'TPL_LONG'])).toEqual({
        errCode: 20002,
        errMsg: 'requestSubscribeMessage:fail Templates type must be same',
      });
      // Nothing was recorded: a send from a function (cloud calls need one) finds no grant.
      const sent = await cloud()
        .sdk({ env: 'subs' })
        .callFunction({
          name: 'subscriber',
          data: { touser: 'oSubscriber01', templateId: 'TPL_LONG', data: { thing1: { value: 'x' } } },
        });
      expect(sent.result).toMatchObject({ ok: false, errCode: 43101 });
    });

    it('refuses more than 3 templates (20003) and none (10001)', async () => {
      expect(await subscribe(['T1', 'T2', 'T3', 'T4'])).toMatchObject({ errCode: 20003 });
      expect(await subscribe([])).toMatchObject({ errCode: 10001 });
    });

    it('records a call of one class: long-term alone, or up to 3 one-time', async () => {
      expect(await subscribe(['TPL_LONG'])).toEqual({ errMsg: 'requestSubscribeMessage:ok', TPL_LONG: 'accept' });
      expect(await subscribe(['TPL_ONCE_1', 'T2', 'T3'])).toMatchObject({ TPL_ONCE_1: 'accept', T3: 'accept' });
    });
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
