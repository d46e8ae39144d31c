/**
 * The requests function through the real wx-server-sdk against the local cloud (functions built
 * into dist/cloudfunctions by `npm run build:functions`). People register through the account
 * function, upload through the files function and store real bytes as the mini-program does.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import type { FileKind, PreparedUpload, UploadPurpose } from '../../../cloudfunctions/lib/contract/files';
import type { RequestSummary, SubmitRequestInput } from '../../../cloudfunctions/lib/contract/requests';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { usccCheckChar } from '../../../cloudfunctions/lib/contract/uscc';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { ALICE, BOB, STAFF, type Person } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';
import { setRoles as setRolesOf } from '../../support/set-roles';
import { callAs } from '../../support/call-as';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

export { ALICE, BOB, STAFF };

/** A second reviewer (two staff acting at once) and a read-only staff member. */
export const CAROL: Person = {
  openid: 'oCarol000001',
  accountName: 'carol_review',
  password: 'Review-Desk-02',
  realName: '蔡审核',
  mobile: { countryCode: '+86', number: '13912345678' },
  document: { type: 'resident-id', number: '440402198503121238' },
};
export const ERIN: Person = {
  openid: 'oErin0000001',
  accountName: 'erin_reader',
  password: 'Read-Only-003',
  realName: '易只读',
  mobile: { countryCode: '+86', number: '13712345678' },
  document: { type: 'resident-id', number: '440402199007162342' },
};
/** The legal representative of the test enterprise (a Macao resident). */
export const DAVE: Person = {
  openid: 'oDave0000001',
  accountName: 'dave_legal',
  password: 'Legal-Rep-004',
  realName: '戴法人',
  mobile: { countryCode: '+853', number: '66223344' },
  document: { type: 'travel-permit', number: 'M1234567801' },
};

export const usccFrom = (first17: string) => first17 + usccCheckChar(first17);
export const ACME_USCC = usccFrom('91440400MA4W1XYR5');
export const OTHER_USCC = usccFrom('91440400MA55ABCD0');

export const JPEG = Buffer.from(buildJpeg());
export const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2048), Buffer.from('\n%%EOF\n')]);

export function requestsCloud(options: Parameters<typeof filesCloud>[0] = {}) {
  const t = filesCloud(options);

  async function call<T = unknown>(env: string, openid: string, action: string, input?: unknown): Promise<Result<T>> {
    return callAs<T>(t.cloud(), env, openid, 'requests', action, input);
  }

  async function data<T>(env: string, openid: string, action: string, input?: unknown): Promise<T> {
    const result = await call<T>(env, openid, action, input);
    if (!result.ok) throw new Error(`${action}: ${result.error.code} ${result.error.message}`);
    return result.data;
  }

  async function setRoles(env: string, person: Person, roles: Role[]) {
    await setRolesOf(t.db(env), person.accountName, roles);
  }

  /** Prepares, stores and confirms a real upload as `person`; returns its uploadId. */
  async function upload(
    env: string,
    person: Person,
    purpose: UploadPurpose,
    bytes: Buffer = JPEG,
    kind: FileKind = bytes === PDF ? 'pdf' : 'jpeg',
    name = kind === 'pdf' ? '材料.pdf' : '照片.jpg',
  ): Promise<string> {
    const prepared = await t.files<PreparedUpload>(env, person.openid, 'prepareUpload', {
      purpose,
      name,
      size: bytes.length,
      kind,
    });
    if (!prepared.ok) throw new Error(`prepareUpload: ${prepared.error.code}`);
    const fileID = await t.store(env, person.openid, prepared.data.cloudPath, bytes);
    const confirmed = await t.files(env, person.openid, 'confirmUpload', { uploadId: prepared.data.uploadId, fileID });
    if (!confirmed.ok) throw new Error(`confirmUpload: ${confirmed.error.code}`);
    return prepared.data.uploadId;
  }

  /**
   * Raises a permit or passport holder to L2 the way it happens: they upload a document photo and
   * hand it in; `reviewer` opens the check (the only one who sees the photo) and approves it.
   */
  async function staffVerify(env: string, person: Person, reviewer: Person = STAFF): Promise<void> {
    const uploadId = await upload(env, person, 'material');
    const handed = await t.call(env, person.openid, 'submitIdentityDocument', { uploadId });
    if (!handed.ok) throw new Error(`submitIdentityDocument: ${handed.error.code}`);
    const [account] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: person.accountName });
    const reviewId = account?._id ?? '';
    await t.data(env, reviewer.openid, 'openIdentityReview', { reviewId });
    await t.data(env, reviewer.openid, 'decideIdentityReview', { reviewId, decision: 'approve', comment: '' });
  }

  return {
    ...t,
    call,
    data,
    staffVerify,
    /** The account function's answer (this cloud's `data` answers for the requests function). */
    accountData: t.data,
    setRoles,
    upload,
    async requestsCode(env: string, openid: string, action: string, input?: unknown): Promise<string> {
      const r = await call(env, openid, action, input);
      return r.ok ? 'OK' : r.error.code;
    },
    /** Registers the people, face-verifies the mainland ID holders and gives the staff their roles (from the console). */
    async people(env: string, people: Person[]) {
      for (const p of people) {
        const r = await t.register(env, p);
        if (!r.ok) throw new Error(`register ${p.accountName}: ${r.error.code}`);
      }
      // Mainland ID holders verify their real names by face (L2: agents and enterprise registrants
      // need it); the others stay at L1 until staff check their documents.
      for (const p of people) if (p.document.type === 'resident-id') await t.faceVerify(env, p);
      if (people.includes(STAFF)) await setRoles(env, STAFF, ['user', 'staff', 'reviewer']);
      if (people.includes(CAROL)) await setRoles(env, CAROL, ['user', 'staff', 'reviewer']);
      if (people.includes(ERIN)) await setRoles(env, ERIN, ['user', 'staff']);
    },
    /** A person's application for SOLE-TRADER-REG (a person's matter) with real photo materials. */
    async soleTraderInput(env: string, person: Person, extra: Partial<SubmitRequestInput> = {}) {
      const identity = await upload(env, person, 'material');
      const premises = await upload(env, person, 'material', PDF);
      const input: SubmitRequestInput = {
        clientRequestId: randomUUID(),
        matterCode: 'SOLE-TRADER-REG',
        form: {
          shopName: '琴澳小食店',
          scope: '小吃服务；饮料零售',
          premisesAddress: '横琴新区环岛东路1号',
          capital: '5.5',
        },
        materials: [
          { materialCode: 'identity', uploadId: identity },
          { materialCode: 'premises-proof', uploadId: premises },
        ],
        delivery: {
          method: 'post',
          contact: person.realName,
          mobile: person.mobile,
          region: { id: 'hengqin', name: '横琴粤澳深度合作区' },
          address: '横琴新区宝华路6号105室',
        },
        ...extra,
      };
      return input;
    },
    async submit(env: string, person: Person, input: SubmitRequestInput): Promise<RequestSummary> {
      return data<RequestSummary>(env, person.openid, 'submit', input);
    },
  };
}

export type RequestsCloud = ReturnType<typeof requestsCloud>;
