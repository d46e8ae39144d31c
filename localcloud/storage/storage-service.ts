/** Storage as CloudBase offers it: upload metadata + signed PUT, signed expiring temp URLs, delete. */
import type { Environments } from '../database/environments';
import { FileStore } from './file-store';
import { assertCloudPath, fileIdOf, parseFileId } from './file-ids';
import { servedType } from './served-type';
import { pathFromToken, pathToken, UrlSigner } from './signed-url';

const UPLOAD_WINDOW_MS = 10 * 60_000;
export const DEFAULT_MAX_AGE_S = 7200;
/** CloudBase's storage rule for a client caller: creator-only read (see PARITY.md, Storage). */
export const EXCEED_AUTHORITY = 'STORAGE_EXCEED_AUTHORITY';

export interface TempUrlItem {
  code: string;
  fileID: string;
  tempFileURL: string;
  maxAge: number;
}

export class StorageService {
  private readonly signer = new UrlSigner();
  private readonly stores = new Map<string, FileStore>();

  constructor(
    private readonly envs: Environments,
    private readonly dataDir: string,
    private readonly origin: () => string,
  ) {}

  files(env: string): FileStore {
    let f = this.stores.get(env);
    if (!f) {
      f = new FileStore(this.envs.store(env), this.dataDir);
      this.stores.set(env, f);
    }
    return f;
  }

  /** The signed PUT; the uploader's openid travels in it (signed) and is kept as the creator. */
  uploadMetadata(env: string, cloudPath: unknown, openid = ''): Record<string, string> {
    assertCloudPath(cloudPath);
    const expires = Date.now() + UPLOAD_WINDOW_MS;
    const sig = this.signer.sign(`put:${openid}`, env, cloudPath, expires);
    const owner = encodeURIComponent(openid);
    const url = `${this.origin()}/__storage/upload/${env}/${pathToken(cloudPath)}?expires=${expires}&owner=${owner}&sig=${sig}`;
    const fileId = fileIdOf(env, cloudPath);
    return {
      url,
      token: 'localcloud',
      authorization: 'localcloud',
      fileId,
      cosFileId: pathToken(`${env}/${cloudPath}`),
    };
  }

  /** Verifies an upload URL and stores the bytes; returns an error text or null. */
  acceptUpload(
    env: string,
    token: string,
    expires: number,
    sig: string,
    bytes: Buffer,
    contentType?: string,
    owner = '',
  ): string | null {
    const cloudPath = pathFromToken(token);
    const check = this.signer.verify(`put:${owner}`, env, cloudPath, expires, sig);
    if (check !== 'ok') return check === 'expired' ? 'Request has expired' : 'Invalid signature';
    this.files(env).put(cloudPath, bytes, contentType, owner);
    return null;
  }

  /**
   * A signed temp URL. `reader` is set for a client caller (the mini-program), who may read only
   * files they created; server callers (functions, the console) read everything.
   */
  tempUrl(fileID: unknown, maxAgeSeconds: number, reader?: { openid: string }): TempUrlItem {
    const parsed = parseFileId(fileID);
    const id = typeof fileID === 'string' ? fileID : String(fileID);
    if (!parsed || !this.files(parsed.env).exists(parsed.cloudPath)) {
      return { code: 'STORAGE_FILE_NONEXIST', fileID: id, tempFileURL: '', maxAge: maxAgeSeconds };
    }
    if (reader && this.files(parsed.env).creatorOf(parsed.cloudPath) !== reader.openid) {
      return { code: EXCEED_AUTHORITY, fileID: id, tempFileURL: '', maxAge: maxAgeSeconds };
    }
    const expires = Date.now() + maxAgeSeconds * 1000;
    const sig = this.signer.sign('get', parsed.env, parsed.cloudPath, expires);
    const tempFileURL = `${this.origin()}/__storage/files/${parsed.env}/${pathToken(parsed.cloudPath)}?expires=${expires}&sig=${sig}`;
    return { code: 'SUCCESS', fileID: id, tempFileURL, maxAge: maxAgeSeconds };
  }

  /** Serves a temp URL: the file, or a status with COS's XML error. */
  download(
    env: string,
    token: string,
    expires: number,
    sig: string,
  ): { status: number; bytes: Buffer; contentType: string; headers?: Record<string, string> } {
    const cloudPath = pathFromToken(token);
    const check = this.signer.verify('get', env, cloudPath, expires, sig);
    if (check !== 'ok')
      return cosError(403, 'AccessDenied', check === 'expired' ? 'Request has expired' : 'Invalid signature');
    const file = this.files(env).get(cloudPath);
    if (!file) return cosError(404, 'NoSuchKey', 'The specified key does not exist.');
    return { status: 200, bytes: file.bytes, ...servedType(file.bytes) };
  }

  delete(fileID: unknown): { code: string; fileID: string } {
    const parsed = parseFileId(fileID);
    const id = typeof fileID === 'string' ? fileID : String(fileID);
    const removed = parsed ? this.files(parsed.env).delete(parsed.cloudPath) : false;
    return { code: removed ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST', fileID: id };
  }
}

export function cosError(
  status: number,
  code: string,
  message: string,
): { status: number; bytes: Buffer; contentType: string } {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>`;
  return { status, bytes: Buffer.from(xml), contentType: 'application/xml' };
}
