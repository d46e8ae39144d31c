/** `cloud://<env>.localcloud/<cloudPath>` — the local form of a CloudBase fileID. */
import { invalidParam } from '../tcb/cloud-error';

const FILE_ID = /^cloud:\/\/([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.localcloud\/(.+)$/;

export function fileIdOf(env: string, cloudPath: string): string {
  return `cloud://${env}.localcloud/${cloudPath}`;
}

export function parseFileId(fileId: unknown): { env: string; cloudPath: string } | null {
  if (typeof fileId !== 'string') return null;
  const m = FILE_ID.exec(fileId);
  return m ? { env: m[1] as string, cloudPath: m[2] as string } : null;
}

export function assertCloudPath(cloudPath: unknown): asserts cloudPath is string {
  if (typeof cloudPath !== 'string' || cloudPath.length === 0 || cloudPath.length > 1024) {
    throw invalidParam('cloudPath must be a non-empty string of at most 1024 characters');
  }
  if (cloudPath.startsWith('/') || cloudPath.split('/').some((p) => p === '' || p === '.' || p === '..')) {
    throw invalidParam(`invalid cloudPath ${JSON.stringify(cloudPath)}`);
  }
}
