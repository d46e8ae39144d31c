import { wxApi } from '../wx-api';

/**
 * Reading a chosen file's bytes and writing a cleaned copy: WeChat's file system in the
 * mini-program, blob URLs in the browser (H5). Chosen once by the build target.
 */
export interface FileBytes {
  read(path: string): Promise<Uint8Array>;
  write(bytes: Uint8Array, extension: string): Promise<string>;
}

let sequence = 0;

const weappFileBytes: FileBytes = {
  read: (path) =>
    new Promise((resolve, reject) => {
      wxApi.getFileSystemManager().readFile({
        filePath: path,
        success: ({ data }) => resolve(new Uint8Array(data as ArrayBuffer)),
        fail: reject,
      });
    }),
  write: (bytes, extension) =>
    new Promise((resolve, reject) => {
      sequence += 1;
      const filePath = `${wxApi.userDataPath()}/upload-${Date.now()}-${sequence}.${extension}`;
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      wxApi.getFileSystemManager().writeFile({ filePath, data, success: () => resolve(filePath), fail: reject });
    }),
};

const h5FileBytes: FileBytes = {
  read: async (path) => new Uint8Array(await (await fetch(path)).arrayBuffer()),
  write: async (bytes, extension) => {
    const type = extension === 'jpg' ? 'image/jpeg' : 'application/octet-stream';
    return URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  },
};

export const fileBytes: FileBytes = process.env.TARO_ENV === 'h5' ? h5FileBytes : weappFileBytes;
