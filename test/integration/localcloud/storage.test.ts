/** Storage round trip through the real SDK: upload, temp URL, download, delete, expiry, limits. */
import { postTcb, useLocalCloud, type WxCloud } from '../../support/local-cloud';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';

// The first SDK call loads wx-server-sdk (seconds on a loaded 2-core machine); 51 uploads follow.
jest.setTimeout(30_000);

const cloud = useLocalCloud();

async function uploadMany(sdk: WxCloud, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await sdk.uploadFile({ cloudPath: `many/${i}.txt`, fileContent: Buffer.from(String(i)) })).fileID);
  }
  return ids;
}

/** The headers a browser would act on when it opens the temp URL of these bytes. */
async function served(sdk: WxCloud, cloudPath: string, bytes: Buffer) {
  const { fileID } = await sdk.uploadFile({ cloudPath, fileContent: bytes });
  const url = (await sdk.getTempFileURL({ fileList: [fileID] })).fileList[0]?.tempFileURL ?? '';
  const res = await fetch(url);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  return {
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    nosniff: res.headers.get('x-content-type-options'),
  };
}

describe('storage', () => {
  it('uploads, serves a signed temp URL, downloads and deletes', async () => {
    const sdk = cloud().sdk({ env: cloud().freshEnv() });
    const bytes = Buffer.from('身份证明 scan bytes \u0000\u0001');
    const up = await sdk.uploadFile({ cloudPath: 'requests/r1/证件 1.jpg', fileContent: bytes });
    expect(up.fileID).toMatch(/^cloud:\/\/.+\/requests\/r1\/证件 1\.jpg$/);

    const temp = await sdk.getTempFileURL({ fileList: [{ fileID: up.fileID, maxAge: 60 }] });
    const item = temp.fileList[0] as { status: number; tempFileURL: string; maxAge: number };
    expect(item).toMatchObject({ status: 0, maxAge: 60 });
    const fetched = await fetch(item.tempFileURL);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(bytes);

    const down = await sdk.downloadFile({ fileID: up.fileID });
    expect(down.fileContent).toEqual(bytes);

    const del = await sdk.deleteFile({ fileList: [up.fileID] });
    expect(del.fileList[0]).toMatchObject({ status: 0 });
    expect((await fetch(item.tempFileURL)).status).toBe(404);
    const again = await sdk.getTempFileURL({ fileList: [up.fileID] });
    expect((again.fileList[0] as { status: number }).status).not.toBe(0);
    await expect(sdk.downloadFile({ fileID: up.fileID })).rejects.toBeDefined();
  });

  it('refuses an expired or tampered temp URL', async () => {
    const env = cloud().freshEnv();
    const sdk = cloud().sdk({ env });
    const up = await sdk.uploadFile({ cloudPath: 'a.txt', fileContent: Buffer.from('x') });
    const r = await postTcb(
      cloud().cloud.serviceUrl,
      { action: 'storage.batchGetDownloadUrl', file_list: [{ fileid: up.fileID, max_age: 1 }] },
      env,
    );
    const url = (r.data as { download_list: { tempFileURL: string }[] }).download_list[0]?.tempFileURL ?? '';
    expect((await fetch(url)).status).toBe(200);
    await new Promise((res) => setTimeout(res, 1100));
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('AccessDenied');
    expect((await fetch(url.replace(/sig=./, 'sig=X'))).status).toBe(403);
  });

  it('keeps files of different environments apart', async () => {
    const a = cloud().sdk({ env: cloud().freshEnv('a') });
    const b = cloud().sdk({ env: cloud().freshEnv('b') });
    const upA = await a.uploadFile({ cloudPath: 'same.txt', fileContent: Buffer.from('A') });
    const upB = await b.uploadFile({ cloudPath: 'same.txt', fileContent: Buffer.from('B') });
    expect(upA.fileID).not.toBe(upB.fileID);
    expect((await a.downloadFile({ fileID: upA.fileID })).fileContent.toString()).toBe('A');
    expect((await b.downloadFile({ fileID: upB.fileID })).fileContent.toString()).toBe('B');
  });

  it('refuses a path that climbs out of the bucket', async () => {
    const sdk = cloud().sdk({ env: cloud().freshEnv() });
    await expect(sdk.uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') })).rejects.toMatchObject({
      errMsg: expect.stringContaining('invalid cloudPath'),
    });
  });

  describe('when a call names more than 50 files (Cloud.getTempFileURL, Cloud.deleteFile: 一次最多 50 个)', () => {
    it('refuses the whole getTempFileURL and deleteFile call with INVALID_PARAM and deletes nothing', async () => {
      const sdk = cloud().sdk({ env: cloud().freshEnv() });
      const ids = await uploadMany(sdk, 51);
      await expect(sdk.getTempFileURL({ fileList: ids })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
      await expect(sdk.deleteFile({ fileList: ids })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
      const fifty = await sdk.getTempFileURL({ fileList: ids.slice(0, 50) });
      expect(fifty.fileList.map((f) => f.status)).toEqual(new Array(50).fill(0));
      expect((await sdk.deleteFile({ fileList: ids.slice(1) })).fileList).toHaveLength(50);
      expect((await sdk.downloadFile({ fileID: ids[0] as string })).fileContent.toString()).toBe('0');
    });
  });

  describe('when a temp URL is opened in a browser (dev-only hardening)', () => {
    it('serves checked image and PDF types with nosniff', async () => {
      const sdk = cloud().sdk({ env: cloud().freshEnv() });
      const jpeg = await served(sdk, 'a/photo.png', Buffer.from(buildJpeg()));
      expect(jpeg).toEqual({ type: 'image/jpeg', disposition: null, nosniff: 'nosniff' });
      const pdf = await served(sdk, 'a/result.pdf', Buffer.from('%PDF-1.7\n%%EOF\n'));
      expect(pdf).toEqual({ type: 'application/pdf', disposition: null, nosniff: 'nosniff' });
    });

    it('never serves HTML or SVG as a page of the app: a download with nosniff', async () => {
      const sdk = cloud().sdk({ env: cloud().freshEnv() });
      const download = { type: 'application/octet-stream', disposition: 'attachment', nosniff: 'nosniff' };
      expect(await served(sdk, 'x/page.html', Buffer.from('<html><script>alert(1)</script></html>'))).toEqual(download);
      const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
      expect(await served(sdk, 'x/icon.svg', Buffer.from(svg))).toEqual(download);
    });
  });
});
