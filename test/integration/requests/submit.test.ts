import { randomBytes, randomUUID } from 'node:crypto';
import type { Page, RequestSummary, RequestView } from '../../../cloudfunctions/lib/contract/requests';
import { ALICE, BOB, JPEG, PDF, STAFF, requestsCloud } from './requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();

describe('requests: submitting (real SDK, local cloud)', () => {
  let env: string;
  let aliceId: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [ALICE, BOB, STAFF]);
    await t.staffVerify(env, ALICE); // SOLE-TRADER-REG declares L2
    const [alice] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: ALICE.accountName });
    aliceId = alice?._id ?? '';
  });

  const stored = (where: Record<string, unknown> = {}) =>
    t.find<Record<string, unknown>>(env, COLLECTIONS.serviceRequests, where);

  describe('when the same submit is retried', () => {
    it('20 concurrent retries create exactly one request, one event and one notice', async () => {
      const input = await t.soleTraderInput(env, ALICE);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => t.call<RequestSummary>(env, ALICE.openid, 'submit', input)),
      );
      const ids = new Set(results.map((r) => (r.ok ? r.data.id : r.error.code)));
      expect(ids.size).toBe(1);
      const [id] = [...ids];
      expect(id).toMatch(/^[0-9a-f]{24}$/);
      expect(await stored({ clientRequestId: input.clientRequestId })).toHaveLength(1);
      expect(await t.find(env, COLLECTIONS.requestEvents, { requestId: id })).toHaveLength(1);
      const notices = await t.find<{ page: string }>(env, COLLECTIONS.messages, { kind: 'request.status' });
      expect(notices.filter((n) => n.page.endsWith(`id=${id}`))).toHaveLength(1);
      // Later, one more retry still answers with the same request.
      expect(await t.data<RequestSummary>(env, ALICE.openid, 'submit', input)).toMatchObject({ id, version: 1 });
    });

    it('refuses the same client id for a different application', async () => {
      const input = await t.soleTraderInput(env, ALICE);
      await t.submit(env, ALICE, input);
      const archive = { ...input, matterCode: 'ARCHIVE-COPY' };
      expect(await t.requestsCode(env, ALICE.openid, 'submit', archive)).toBe('REQUESTS.CLIENT_ID_REUSED');
    });

    it('keeps client ids per applicant: another person may use the same one', async () => {
      const shared = randomUUID();
      const a = await t.submit(env, ALICE, await t.soleTraderInput(env, ALICE, { clientRequestId: shared }));
      const b = await t.submit(env, BOB, await t.soleTraderInput(env, BOB, { clientRequestId: shared }));
      expect(a.id).not.toBe(b.id);
    });
  });

  describe('when the input is bad, it gets a stable code and nothing is stored', () => {
    it.each([
      ['a missing delivery', (i: Record<string, unknown>) => ({ ...i, delivery: undefined }), 'REQUEST.INVALID_INPUT'],
      [
        'a forged openid in the input',
        (i: Record<string, unknown>) => ({ ...i, openid: BOB.openid }),
        'REQUEST.INVALID_INPUT',
      ],
      [
        'a forged applicant id',
        (i: Record<string, unknown>) => ({ ...i, applicantId: 'x'.repeat(24) }),
        'REQUEST.INVALID_INPUT',
      ],
      [
        'a client id that is not a uuid',
        (i: Record<string, unknown>) => ({ ...i, clientRequestId: 'retry-1' }),
        'REQUEST.INVALID_INPUT',
      ],
      [
        'an unknown matter',
        (i: Record<string, unknown>) => ({ ...i, matterCode: 'NO-SUCH-MATTER' }),
        'REQUESTS.MATTER_NOT_FOUND',
      ],
      [
        'an enterprise matter applied for as a person',
        (i: Record<string, unknown>) => ({ ...i, matterCode: 'BIZ-CHANGE' }),
        'REQUESTS.APPLICANT_NOT_ALLOWED',
      ],
      [
        'a required field left empty',
        (i: Record<string, unknown>) => ({ ...i, form: { ...(i.form as object), shopName: ' ' } }),
        'REQUESTS.FORM_INVALID',
      ],
      [
        'a required field missing altogether',
        (i: Record<string, unknown>) => {
          const { shopName: _gone, ...form } = i.form as Record<string, unknown>;
          return { ...i, form };
        },
        'REQUESTS.FORM_INVALID',
      ],
      [
        'a number field with letters',
        (i: Record<string, unknown>) => ({ ...i, form: { ...(i.form as object), capital: '五万' } }),
        'REQUESTS.FORM_INVALID',
      ],
      [
        'a field the matter does not have',
        (i: Record<string, unknown>) => ({ ...i, form: { ...(i.form as object), isAdmin: 'yes' } }),
        'REQUESTS.FORM_INVALID',
      ],
      [
        'a bad delivery mobile',
        (i: Record<string, unknown>) => ({
          ...i,
          delivery: { ...(i.delivery as object), mobile: { countryCode: '+86', number: '12345' } },
        }),
        'REQUEST.INVALID_INPUT',
      ],
    ])('%s', async (_name, change, code) => {
      const input = change((await t.soleTraderInput(env, ALICE)) as unknown as Record<string, unknown>);
      const before = (await stored({ applicantId: aliceId })).length;
      expect(await t.requestsCode(env, ALICE.openid, 'submit', input)).toBe(code);
      expect(await stored({ applicantId: aliceId })).toHaveLength(before);
    });

    it('a forged openid beside the action is ignored: identity comes from the cloud context', async () => {
      const input = await t.soleTraderInput(env, ALICE);
      const r = (await t
        .cloud()
        .sdk({ env, openid: ALICE.openid })
        .callFunction({
          name: 'requests',
          data: { action: 'submit', input, openid: BOB.openid, userInfo: { openId: BOB.openid } },
        })) as unknown as { result: { ok: boolean; data: RequestSummary } };
      expect(r.result.ok).toBe(true);
      const [record] = await stored({ _id: r.result.data.id });
      expect(record?.applicantId).toBe(aliceId);
    });

    it('a huge payload is refused before anything is read', async () => {
      const input = await t.soleTraderInput(env, ALICE, {
        form: { shopName: '店', scope: 'x'.repeat(80_000), premisesAddress: '横琴', capital: 1 }, // over the function's 64 KB, under WeChat's 100 KB
      });
      const before = (await stored()).length;
      expect(await t.requestsCode(env, ALICE.openid, 'submit', input)).toBe('REQUEST.TOO_LARGE');
      expect(await stored()).toHaveLength(before);
    });

    it('no WeChat identity at all is refused', async () => {
      const r = (await t
        .cloud()
        .sdk({ env })
        .callFunction({ name: 'requests', data: { action: 'mine' } })) as unknown as {
        result: { ok: boolean; error: { code: string } };
      };
      expect(r.result.error.code).toBe('AUTH.NO_IDENTITY');
    });
  });

  describe('materials are checked by their real bytes against the matter', () => {
    async function withMaterials(materials: { materialCode: string; uploadId: string }[], matterCode = 'ARCHIVE-COPY') {
      const base = await t.soleTraderInput(env, ALICE);
      const form =
        matterCode === 'ARCHIVE-COPY' ? { targetUscc: '91350100M000100Y43', scope: 'public', copies: 1 } : base.form;
      return t.requestsCode(env, ALICE.openid, 'submit', { ...base, matterCode, form, materials });
    }

    it('accepts the right kind and size (the control case)', async () => {
      expect(
        await withMaterials([{ materialCode: 'identity', uploadId: await t.upload(env, ALICE, 'material') }]),
      ).toBe('OK');
    });

    it('refuses a PDF where only photos are accepted', async () => {
      const pdf = await t.upload(env, ALICE, 'material', PDF);
      expect(await withMaterials([{ materialCode: 'identity', uploadId: pdf }])).toBe('FILE.TYPE_NOT_ALLOWED');
    });

    it('refuses a photo larger than the material allows (5 MB), though the upload purpose allows 20 MB', async () => {
      const big = Buffer.concat([JPEG, randomBytes(6 * 1024 * 1024)]);
      const id = await t.upload(env, ALICE, 'material', big);
      expect(await withMaterials([{ materialCode: 'identity', uploadId: id }])).toBe('FILE.TOO_LARGE');
    });

    it('refuses missing, unknown, too many and repeated materials', async () => {
      const photo = () => t.upload(env, ALICE, 'material');
      expect(await withMaterials([])).toBe('REQUESTS.MATERIAL_MISSING');
      expect(await withMaterials([{ materialCode: 'passport', uploadId: await photo() }])).toBe(
        'REQUESTS.MATERIAL_UNKNOWN',
      );
      const three = [await photo(), await photo(), await photo()].map((uploadId) => ({
        materialCode: 'identity',
        uploadId,
      }));
      expect(await withMaterials(three)).toBe('REQUESTS.MATERIAL_TOO_MANY');
      const once = await photo();
      expect(
        await withMaterials([
          { materialCode: 'identity', uploadId: once },
          { materialCode: 'identity', uploadId: once },
        ]),
      ).toBe('REQUESTS.MATERIAL_REUSED');
    });

    it("refuses someone else's upload as not found, and an upload made for another purpose", async () => {
      const bobs = await t.upload(env, BOB, 'material');
      expect(await withMaterials([{ materialCode: 'identity', uploadId: bobs }])).toBe('FILE.NOT_FOUND');
      const feedback = await t.upload(env, ALICE, 'feedback');
      expect(await withMaterials([{ materialCode: 'identity', uploadId: feedback }])).toBe(
        'REQUESTS.UPLOAD_PURPOSE_MISMATCH',
      );
    });

    it('refuses an upload whose bytes never arrived', async () => {
      const prepared = await t.files<{ uploadId: string }>(env, ALICE.openid, 'prepareUpload', {
        purpose: 'material',
        name: 'a.jpg',
        size: 1000,
        kind: 'jpeg',
      });
      const uploadId = prepared.ok ? prepared.data.uploadId : '';
      expect(await withMaterials([{ materialCode: 'identity', uploadId }])).toBe('FILE.NOT_UPLOADED');
    });
  });

  describe('my requests', () => {
    it("another person's request answers exactly like a missing one", async () => {
      const mine = await t.submit(env, ALICE, await t.soleTraderInput(env, ALICE));
      const asBob = await t.call(env, BOB.openid, 'detail', { requestId: mine.id });
      const missing = await t.call(env, BOB.openid, 'detail', { requestId: 'f'.repeat(24) });
      expect(asBob).toEqual(missing);
      expect(asBob).toMatchObject({ ok: false, error: { code: 'REQUESTS.NOT_FOUND' } });
      expect(await t.requestsCode(env, BOB.openid, 'withdraw', { requestId: mine.id, expectedVersion: 1 })).toBe(
        'REQUESTS.NOT_FOUND',
      );
      const bobs = await t.data<Page<RequestSummary>>(env, BOB.openid, 'mine', { pageSize: 50 });
      expect(bobs.items.some((r) => r.id === mine.id)).toBe(false);
    });

    it('pages newest first without gaps or repeats, and filters by status', async () => {
      const all = (await stored({ applicantId: aliceId })) as unknown as {
        _id: string;
        sortKey: string;
        status: string;
      }[];
      const expected = all.sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1)).map((r) => r._id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page: Page<RequestSummary> = await t.data(env, ALICE.openid, 'mine', { pageSize: 3, cursor });
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(expected);
      expect(expected.length).toBeGreaterThan(3);

      const one = await t.data<RequestView>(env, ALICE.openid, 'detail', { requestId: expected[0] });
      await t.data(env, ALICE.openid, 'withdraw', { requestId: one.id, expectedVersion: one.version });
      const withdrawn = await t.data<Page<RequestSummary>>(env, ALICE.openid, 'mine', { status: 'withdrawn' });
      expect(withdrawn.items.map((r) => r.id)).toEqual([one.id]);
      const finished = await t.data<Page<RequestSummary>>(env, ALICE.openid, 'mine', {
        group: 'finished',
        pageSize: 50,
      });
      expect(finished.items.map((r) => r.id)).toContain(one.id);
      expect(finished.items.every((r) => ['rejected', 'delivered', 'closed', 'withdrawn'].includes(r.status))).toBe(
        true,
      );
      const inProgress = await t.data<Page<RequestSummary>>(env, ALICE.openid, 'mine', {
        group: 'inProgress',
        pageSize: 50,
      });
      const open = new Set(['submitted', 'accepted', 'resubmitted', 'approved']);
      expect(inProgress.items.map((r) => r.id)).toEqual(
        all.filter((r) => open.has(r.status) && r._id !== one.id).map((r) => r._id),
      );
      expect(inProgress.items.length).toBeGreaterThan(0);
      expect(await t.requestsCode(env, ALICE.openid, 'mine', { group: 'submitted' })).toBe('REQUEST.INVALID_INPUT');
      expect(await t.requestsCode(env, ALICE.openid, 'mine', { cursor: '{"$gt":""}' })).toBe('REQUESTS.CURSOR_INVALID');
    });
  });
});
