/** How a chosen file's bytes reach cloud storage: wx.cloud in WeChat, the local cloud in H5. */
export interface UploadTransport {
  /** Stores the file at `cloudPath`; returns the fileID storage gives it. */
  upload(cloudPath: string, localPath: string): Promise<string>;
}

/**
 * The browser build: the local path is a blob: or data: URL (the permissions module's file input
 * or a cleaned copy); its bytes go to the local cloud's dev upload endpoint as the dev identity.
 */
export const h5UploadTransport: UploadTransport = {
  async upload(cloudPath, localPath) {
    const bytes = await (await fetch(localPath)).blob();
    const response = await fetch(`/__dev/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': bytes.type || 'application/octet-stream' },
      body: bytes,
    });
    const body = (await response.json()) as { fileID?: string; errMsg?: string };
    if (!response.ok || !body.fileID) throw new Error(body.errMsg ?? `HTTP ${response.status}`);
    return body.fileID;
  },
};
