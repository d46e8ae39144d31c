import type { FilesRepository } from './files.repository';

/** Cloud storage as the files use cases need it (lib/infra/cloud-storage.ts over wx-server-sdk). */
export interface FileStorage {
  /** The stored bytes, or null when nothing is stored under that fileID. */
  download(fileID: string): Promise<Buffer | null>;
  /** Stores bytes at a path the server owns; returns the fileID. */
  upload(cloudPath: string, bytes: Buffer): Promise<string>;
  remove(fileIDs: string[]): Promise<void>;
  tempUrls(fileIDs: string[], maxAgeSeconds: number): Promise<Record<string, string>>;
}

export interface FilesDeps {
  files: FilesRepository;
  storage: FileStorage;
  now: () => number;
}
