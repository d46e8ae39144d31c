/**
 * A registered service's logo: uploaded by an admin into our own storage (files function, purpose
 * `service-logo`), attached with clientAdd or clientSetLogo, and shown on the consent page and in
 * the privacy center through a short-lived temp URL, never from the service's own server.
 */
import { BOB } from '../account/account-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';
import type { MyUploadsOutput, PreparedUpload, UploadPurpose } from '../../../cloudfunctions/lib/contract/files';
import type { OidcAuthorizationItem, OidcClientView, OidcRequestView } from '../../../cloudfunctions/lib/contract/oidc';
import { buildPng } from '../../support/png-fixture';
import { setRoles } from '../../support/set-roles';
import { ALICE, SERVICE_ARGS, STAFF, oidcCloud } from './oidc-cloud';

const o = oidcCloud();
const REDIRECT = 'https://logo.example.com/cb';
const FIRST = buildPng(48, [0x1a, 0x73, 0xe8]);
const SECOND = buildPng(48, [0xe8, 0x5a, 0x1a]);
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

const request = (clientId: string) => ({
  client_id: clientId,
  redirect_uri: REDIRECT,
  response_type: 'code',
  scope: 'openid profile',
  code_challenge: CHALLENGE,
  code_challenge_method: 'S256',
});

/** The bytes a temp URL serves, fetched as the consent page's image would. */
async function served(url: string | null | undefined): Promise<Buffer> {
  if (!url) throw new Error('no temp URL');
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** An upload by `openid`, through the files function as the app does it; confirmed unless told not to. */
async function upload(openid: string, bytes: Buffer, purpose: UploadPurpose = 'service-logo', confirm = true) {
  const port = o.logos(openid);
  const prepared = await port.files<PreparedUpload>('prepareUpload', {
    purpose,
    name: 'logo.png',
    size: bytes.length,
    kind: 'png',
  });
  if (!prepared.ok) return prepared;
  const fileID = await port.store(prepared.data.cloudPath, bytes);
  if (!confirm) return { ok: true as const, data: { uploadId: prepared.data.uploadId } };
  return port.files<{ uploadId: string }>('confirmUpload', { uploadId: prepared.data.uploadId, fileID });
}

async function uploadId(openid: string, bytes: Buffer, purpose?: UploadPurpose, confirm?: boolean) {
  const r = await upload(openid, bytes, purpose, confirm);
  if (!r.ok) throw new Error(`upload: ${r.error.code}`);
  return r.data.uploadId;
}

async function stillStored(fileID: string): Promise<boolean> {
  const r = await o.t
    .cloud()
    .sdk({ env: o.env() })
    .getTempFileURL({ fileList: [fileID] });
  return r.fileList[0]?.status === 0;
}

async function clientRecord(id: string) {
  const [doc] = await o.t.find<{ logo?: { uploadId: string; fileID: string } | null }>(
    o.env(),
    COLLECTIONS.oidcClients,
    {
      _id: id,
    },
  );
  return doc;
}

describe('oidc: a registered service’s logo from our own storage (real SDK, local cloud)', () => {
  let svc: { id: string; secret: string };

  beforeAll(async () => {
    await o.setUp();
    await o.t.register(o.env(), BOB);
    await o.t.signIn(o.env(), BOB.openid, BOB);
    await o.t.agree(o.env(), BOB.openid);
    await setRoles(o.t.db(o.env()), BOB.accountName, ['user', 'staff', 'admin']);
    svc = await o.addClient([...SERVICE_ARGS(REDIRECT, 'openid,profile'), '--logo', '/tmp/logo.png'], async (path) => {
      expect(path).toBe('/tmp/logo.png');
      return FIRST;
    });
  });

  it('registers a service with a logo (staff command --logo): the list and the consent view serve its bytes', async () => {
    const listed = await o.call<{ items: OidcClientView[] }>(STAFF.openid, 'clientList', {});
    const item = listed.ok ? listed.data.items.find((c) => c.clientId === svc.id) : undefined;
    expect(Buffer.compare(await served(item?.logoUrl), FIRST)).toBe(0);

    const view = await o.call<OidcRequestView>(ALICE.openid, 'request', request(svc.id));
    expect(view.ok).toBe(true);
    const logoUrl = view.ok ? view.data.client.logoUrl : null;
    expect(Buffer.compare(await served(logoUrl), FIRST)).toBe(0);
    // The link points at our storage, never at the service's own server.
    expect(new URL(logoUrl as string).origin).toBe(new URL(o.t.cloud().cloud.origin).origin);
  });

  it('hands the logo to the service: it leaves the admin’s own uploads', async () => {
    const record = await clientRecord(svc.id);
    const [file] = await o.t.find<{ accountId: string }>(o.env(), COLLECTIONS.files, { _id: record?.logo?.uploadId });
    expect(file?.accountId).toBe(`oidc-client:${svc.id}`);
    const port = o.logos(STAFF.openid);
    const mine = await port.files<MyUploadsOutput>('myUploads', {});
    expect(mine.ok && mine.data.items.map((f) => f.uploadId)).not.toContain(record?.logo?.uploadId);
  });

  it('refuses non-admins: no logo upload, no logo change', async () => {
    const refused = await upload(ALICE.openid, FIRST);
    expect(refused.ok || refused.error.code).toBe('ACCOUNT.FORBIDDEN');
    const feedback = await uploadId(ALICE.openid, FIRST, 'feedback');
    const set = await o.call(ALICE.openid, 'clientSetLogo', { clientId: svc.id, logoUploadId: feedback });
    expect(set).toMatchObject({ ok: false, error: { code: 'ACCOUNT.FORBIDDEN' } });
  });

  it('refuses an upload of another purpose, another admin’s, an unconfirmed one, or one already used', async () => {
    const before = await clientRecord(svc.id);
    const candidates = {
      otherPurpose: await uploadId(STAFF.openid, SECOND, 'feedback'),
      otherAdmin: await uploadId(BOB.openid, SECOND),
      unconfirmed: await uploadId(STAFF.openid, SECOND, 'service-logo', false),
      alreadyUsed: before?.logo?.uploadId as string,
    };
    for (const [why, logoUploadId] of Object.entries(candidates)) {
      const r = await o.call(STAFF.openid, 'clientSetLogo', { clientId: svc.id, logoUploadId });
      expect([why, r.ok || r.error.code]).toEqual([why, 'OIDC.LOGO_INVALID']);
    }
    const add = await o.call(STAFF.openid, 'clientAdd', {
      name: '另一服务',
      redirectUris: [REDIRECT],
      termsUrl: 'https://x.example.com/t',
      privacyUrl: 'https://x.example.com/p',
      scopes: ['openid'],
      logoUploadId: candidates.otherAdmin,
    });
    expect(add).toMatchObject({ ok: false, error: { code: 'OIDC.LOGO_INVALID' } });
    expect((await clientRecord(svc.id))?.logo).toEqual(before?.logo);
  });

  it('refuses a logo over 200 KB or that is not PNG/JPEG', async () => {
    const big = await upload(STAFF.openid, buildPng(48, [0, 0, 0], 210 * 1024));
    expect(big.ok || big.error.code).toBe('FILE.TOO_LARGE');
    const port = o.logos(STAFF.openid);
    const pdf = await port.files('prepareUpload', {
      purpose: 'service-logo',
      name: 'logo.pdf',
      size: 100,
      kind: 'pdf',
    });
    expect(pdf.ok || pdf.error.code).toBe('FILE.TYPE_NOT_ALLOWED');
  });

  it('replaces the logo (staff command logo): the old file is deleted, the new one served, the change audited', async () => {
    const old = (await clientRecord(svc.id))?.logo;
    expect(old && (await stillStored(old.fileID))).toBe(true);
    const lines: string[] = [];
    const { runOidcClient } = await import('../../../scripts/staff/oidc-client');
    const code = await runOidcClient(
      (action, input) => o.call(STAFF.openid, action, input),
      ['logo', '--client', svc.id, '--file', '/tmp/new-logo.png'],
      (line) => lines.push(line),
      o.logos(STAFF.openid, async () => SECOND),
    );
    expect([code, lines]).toEqual([0, [expect.stringContaining(svc.id)]]);

    const now = (await clientRecord(svc.id))?.logo;
    expect(now?.uploadId).not.toBe(old?.uploadId);
    expect(await stillStored(old?.fileID as string)).toBe(false);
    expect(await o.t.find(o.env(), COLLECTIONS.files, { _id: old?.uploadId })).toEqual([]);
    const view = await o.call<OidcRequestView>(ALICE.openid, 'request', request(svc.id));
    expect(Buffer.compare(await served(view.ok ? view.data.client.logoUrl : null), SECOND)).toBe(0);

    const audit = await o.t.find<{ action: string; actor: string; details: Record<string, unknown> }>(
      o.env(),
      COLLECTIONS.auditLog,
      { target: svc.id, action: 'oidc.client-logo' },
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ logo: now?.uploadId, replaced: old?.uploadId });
  });

  it('shows the logo in the privacy center’s list of authorized services, and null without one', async () => {
    const plain = await o.addClient(SERVICE_ARGS(REDIRECT, 'openid,profile'));
    for (const id of [svc.id, plain.id]) {
      const approved = await o.call(ALICE.openid, 'approve', { request: request(id), termsAccepted: true });
      expect(approved.ok).toBe(true);
    }
    const plainView = await o.call<OidcRequestView>(ALICE.openid, 'request', request(plain.id));
    expect(plainView.ok && plainView.data.client.logoUrl).toBeNull();

    const list = await o.call<{ items: OidcAuthorizationItem[] }>(ALICE.openid, 'authorizations', {});
    const items = list.ok ? list.data.items : [];
    const withLogo = items.find((i) => i.client === '横琴测试服务' && i.logoUrl !== null);
    expect(Buffer.compare(await served(withLogo?.logoUrl), SECOND)).toBe(0);
    expect(items.filter((i) => i.logoUrl === null)).toHaveLength(1);
  });
});
