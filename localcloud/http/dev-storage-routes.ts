/**
 * `/__dev/storage/*`: the H5 build's stand-in for wx.cloud.uploadFile and getTempFileURL. These
 * are client calls, so the storage rule we set in production applies: creator-only read and write
 * ("仅创建者及管理员可读写"); the dev identity's openid is the creator of what it uploads.
 */
import type { IncomingMessage } from 'node:http';
import { isPlainObject } from '../database/document';
import { assertFileCount } from '../storage/actions';
import { assertCloudPath, fileIdOf } from '../storage/file-ids';
import { DEFAULT_MAX_AGE_S, EXCEED_AUTHORITY, type StorageService } from '../storage/storage-service';
import { invalidParam } from '../tcb/cloud-error';
import { readBody, readJson } from './body';
import type { DevIdentity } from './dev-identity';

type Route = (req: IncomingMessage, id: DevIdentity, url: URL) => Promise<unknown>;

/** wx.cloud.getTempFileURL's per-file status for each storage answer. */
function itemStatus(code: string): { status: number; errMsg: string } {
  if (code === 'SUCCESS') return { status: 0, errMsg: 'ok' };
  if (code === EXCEED_AUTHORITY) return { status: -1, errMsg: `${EXCEED_AUTHORITY}: permission denied` };
  return { status: -503003, errMsg: 'file not exists' };
}

export function devStorageRoutes(storage: StorageService, maxBodyBytes: number): Record<string, Route> {
  return {
    'POST /__dev/storage/upload': async (req, id, url) => {
      const cloudPath = url.searchParams.get('cloudPath');
      assertCloudPath(cloudPath);
      const bytes = await readBody(req, maxBodyBytes);
      storage.files(id.env).put(cloudPath, bytes, req.headers['content-type'], id.openid);
      return { fileID: fileIdOf(id.env, cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' };
    },
    'POST /__dev/storage/temp-urls': async (req, id) => {
      const body = await readJson(req, maxBodyBytes);
      if (!isPlainObject(body) || !Array.isArray(body.fileList)) throw invalidParam('expected { fileList }');
      assertFileCount(body.fileList, 'getTempFileURL');
      const fileList = body.fileList.map((item: unknown) => {
        const fileID = isPlainObject(item) ? item.fileID : item;
        const maxAge = isPlainObject(item) && typeof item.maxAge === 'number' ? item.maxAge : DEFAULT_MAX_AGE_S;
        const r = storage.tempUrl(fileID, maxAge, { openid: id.openid });
        return { fileID: r.fileID, tempFileURL: r.tempFileURL, maxAge, ...itemStatus(r.code) };
      });
      return { fileList, errMsg: 'getTempFileURL:ok' };
    },
  };
}
