/**
 * The files function through the real wx-server-sdk against the local cloud: a signed-in person
 * prepares an upload, stores real bytes like the mini-program does (SDK uploadFile as that
 * person), and confirms it.
 */
import type { PreparedUpload, UploadPurpose, FileKind } from '../../../cloudfunctions/lib/contract/files';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { accountCloud, type Person } from '../account/account-cloud';

export function filesCloud(options: Parameters<typeof accountCloud>[0] = {}) {
  const accounts = accountCloud(options);
  const { cloud } = accounts;

  async function files<T = unknown>(env: string, openid: string, action: string, input?: unknown) {
    const r = (await cloud().sdk({ env, openid }).callFunction({ name: 'files', data: { action, input } })) as {
      result: unknown;
    };
    return r.result as Result<T>;
  }

  return {
    ...accounts,
    files,
    async signedIn(env: string, person: Person): Promise<void> {
      const r = await accounts.register(env, person);
      if (!r.ok) throw new Error(`register: ${r.error.code}`);
    },
    async prepare(
      env: string,
      openid: string,
      input: { purpose?: UploadPurpose; name: string; size: number; kind: FileKind },
    ): Promise<PreparedUpload> {
      const r = await files<PreparedUpload>(env, openid, 'prepareUpload', { purpose: 'feedback', ...input });
      if (!r.ok) throw new Error(`prepareUpload: ${r.error.code}`);
      return r.data;
    },
    /** Stores bytes at a path as the person, the way Taro.cloud.uploadFile does in WeChat. */
    async store(env: string, openid: string, cloudPath: string, bytes: Uint8Array): Promise<string> {
      const r = await cloud()
        .sdk({ env, openid })
        .uploadFile({ cloudPath, fileContent: Buffer.from(bytes) });
      return r.fileID;
    },
    /** The bytes under a fileID, read back as an admin would (the console). */
    async read(env: string, fileID: string): Promise<Buffer> {
      const r = await cloud().sdk({ env }).downloadFile({ fileID });
      return r.fileContent as Buffer;
    },
    async exists(env: string, fileID: string): Promise<boolean> {
      const r = await cloud()
        .sdk({ env })
        .getTempFileURL({ fileList: [fileID] });
      return r.fileList[0]?.status === 0;
    },
  };
}
