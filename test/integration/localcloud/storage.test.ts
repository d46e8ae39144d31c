/** Storage round trip through the real SDK: upload, temp URL, download, delete, expiry. */
import { postTcb, useLocalCloud } from '../../support/local-cloud';

const cloud = useLocalCloud();

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
});
