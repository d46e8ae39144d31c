import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { FunctionName } from '../../../cloudfunctions/lib/contract/functions';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import type { SetRolesOutput } from '../../../cloudfunctions/lib/contract/proposals';
import type { FileKind, PreparedUpload, UploadPurpose } from '../../../cloudfunctions/lib/contract/files';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { consoleAuditRecorder } from '../../../scripts/staff/console-audit';
import { createFirstAdmin, type AdminDatabase } from '../../../scripts/staff/create-admin';
import { sdkAt } from '../../support/local-cloud';
import { TARGET } from './mini-program';
import { registration } from './register';

/** Where the story's mini-program keeps its data: the local cloud and the story's own environment. */
export interface StoryCloud {
  serviceUrl: string;
  env: string;
}

/** The local cloud environment the story's mini-program uses (headless runs only). */
export async function storyCloud(miniProgram: MiniProgram): Promise<StoryCloud> {
  if (TARGET !== 'headless') throw new Error('a second person in the same cloud needs the headless target');
  const where = function () {
    return fetch('/__dev/identity')
      .then((r) => r.json())
      .then((identity: { env: string }) => ({ origin: location.origin, env: identity.env }));
  };
  const { origin, env } = (await miniProgram.evaluate(where)) as { origin: string; env: string };
  return { serviceUrl: `${origin}/tcb`, env };
}

/** The story's own WeChat identity (the local cloud's dev openid of the mini-program's browser). */
export async function storyOpenid(miniProgram: MiniProgram): Promise<string> {
  const who = function () {
    return fetch('/__dev/identity')
      .then((r) => r.json())
      .then((identity: { openid: string }) => identity.openid);
  };
  return (await miniProgram.evaluate(who)) as string;
}

/** GB 11643 check character of a 17-digit body. */
export function withCheckDigit(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}

/** The residence permit number `personIn(…).register(…, serial)` registers with. */
export const documentOf = (serial: number) => withCheckDigit(`82000019880101${String(serial).padStart(3, '0')}`);

/**
 * Another person in the story's cloud environment, acting through the real cloud functions with
 * the SDK under their own WeChat identity (the dev credential of the local cloud).
 */
export function personIn(cloud: StoryCloud, openid: string) {
  const sdk = sdkAt(cloud.serviceUrl, { env: cloud.env, openid });
  async function call<T>(name: FunctionName, action: string, input?: unknown): Promise<T> {
    const response = (await sdk.callFunction({ name, data: { action, input } })) as unknown as { result: Result<T> };
    if (!response.result.ok) throw new Error(`${name}.${action}: ${response.result.error.code}`);
    return response.result.data;
  }
  return {
    openid,
    call,
    /** Registers an account (a Macao resident) bound to this identity; `serial` keeps documents apart (see `documentOf`). */
    register: (accountName: string, serial: number) =>
      call(
        'account',
        'register',
        registration({
          accountName,
          password: 'Hengqin-2026',
          realName: '李工作',
          mobile: `6${String(6000000 + serial)}`,
          document: documentOf(serial),
        }),
      ),
    /** Uploads bytes as the app does: prepare, store at the given path, confirm. */
    async upload(purpose: UploadPurpose, name: string, bytes: Uint8Array, kind: FileKind): Promise<string> {
      const prepared = await call<PreparedUpload>('files', 'prepareUpload', {
        purpose,
        name,
        size: bytes.length,
        kind,
      });
      const stored = await sdk.uploadFile({ cloudPath: prepared.cloudPath, fileContent: Buffer.from(bytes) });
      await call('files', 'confirmUpload', { uploadId: prepared.uploadId, fileID: stored.fileID });
      return prepared.uploadId;
    },
  };
}

export type CloudPerson = ReturnType<typeof personIn>;

/**
 * The environment's first two admins, made from the console (`npm run staff -- create-admin`'s own
 * code); `grant` gives roles (and `approve` passes a push to everyone) the way the app does under
 * the two-person rule: this admin proposes, the second approves.
 */
export async function adminIn(cloud: StoryCloud, tag: string) {
  const consoleDb = sdkAt(cloud.serviceUrl, { env: cloud.env }).database() as unknown as AdminDatabase;
  const made: CloudPerson[] = [];
  for (const [prefix, serial] of [
    ['', 901],
    ['two_', 904],
  ] as const) {
    const person = personIn(cloud, `oAdmin${prefix}${tag}`.slice(0, 28).padEnd(28, '0'));
    await person.register(`admin_${prefix}${tag}`.slice(0, 20), serial);
    const result = await createFirstAdmin(
      consoleDb,
      `admin_${prefix}${tag}`.slice(0, 20),
      consoleAuditRecorder(consoleDb),
    );
    if (!result.ok) throw new Error(`create-admin: ${result.reason}`);
    made.push(person);
  }
  const [admin, second] = made as [CloudPerson, CloudPerson];
  return {
    ...admin,
    async grant(accountName: string, roles: Role[]): Promise<void> {
      const asked = await admin.call<SetRolesOutput>('account', 'setRoles', { accountName, roles });
      if (asked.proposalId)
        await second.call('account', 'decideProposal', { id: asked.proposalId, decision: 'approve' });
    },
    /** The second admin approves a push to everyone this admin proposed (two-person rule). */
    async approve(proposalId: string | null): Promise<void> {
      if (!proposalId) throw new Error('nothing waits for approval');
      await second.call('account', 'decideProposal', { id: proposalId, decision: 'approve' });
    },
    second,
  };
}

/** A reviewer in the story's environment: a second registered person the admins grant the role. */
export async function reviewerIn(cloud: StoryCloud, tag: string): Promise<CloudPerson> {
  const admin = await adminIn(cloud, tag);
  const reviewer = personIn(cloud, `oReviewer${tag}`.padEnd(28, '0'));
  await reviewer.register(`reviewer_${tag}`, 902);
  await admin.grant(`reviewer_${tag}`, ['staff', 'reviewer']);
  return reviewer;
}

/**
 * Real-name verification by staff (L2 for permits and passports, issue 15), as it happens: the
 * person hands in a photo of their document; a reviewer takes the oldest check in the queue,
 * opens it (the only one to see the photo) and approves it.
 */
export async function staffVerified(person: CloudPerson, reviewer: CloudPerson, photo: Uint8Array): Promise<void> {
  const uploadId = await person.upload('material', 'document.jpg', photo, 'jpeg');
  await person.call('account', 'submitIdentityDocument', { uploadId });
  const queue = await reviewer.call<{ reviewId: string; taken: boolean }[]>('account', 'identityReviewQueue', {});
  const reviewId = queue.find((item) => !item.taken)?.reviewId;
  if (!reviewId) throw new Error('no identity check waiting in the queue');
  await reviewer.call('account', 'openIdentityReview', { reviewId });
  await reviewer.call('account', 'decideIdentityReview', { reviewId, decision: 'approve', comment: '' });
}
