import { MATTER_SEED } from '../../../config/matters';
import type { MatterSummary, MatterView, RequestView } from '../../../cloudfunctions/lib/contract/requests';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { ALICE, STAFF, requestsCloud } from './requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();

describe('requests: the service catalog (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
  });

  async function asGuest<T>(action: string, input?: unknown): Promise<Result<T>> {
    const r = (await t.cloud().sdk({ env }).callFunction({ name: 'requests', data: { action, input } })) as unknown as {
      result: Result<T>;
    };
    return r.result;
  }

  it('is seeded from config on first read, once, however many first reads arrive together', async () => {
    const reads = await Promise.all(Array.from({ length: 6 }, () => asGuest<MatterSummary[]>('catalog')));
    expect(reads.every((r) => r.ok && r.data.length === MATTER_SEED.length)).toBe(true);
    const stored = await t.find<{ _id: string; version: number }>(env, COLLECTIONS.matters);
    expect(stored.map((m) => m._id).sort()).toEqual(MATTER_SEED.map((m) => m.code).sort());
    expect(stored.every((m) => m.version === 1)).toBe(true);
  });

  it('gives guests a matter with its materials and typed fields', async () => {
    const r = await asGuest<MatterView>('matter', { code: 'GOOD-STANDING' });
    expect(r).toMatchObject({
      ok: true,
      data: {
        code: 'GOOD-STANDING',
        name: '商事主体资格证明',
        applicants: ['agent'],
        offlineDelivery: true,
        promisedWorkingDays: 2,
        materials: [
          { code: 'request-letter', kinds: ['pdf', 'jpeg', 'png'], maxBytes: 5 * 1024 * 1024, required: true },
        ],
      },
    });
    expect(await asGuest('matter', { code: 'NOPE-NOPE' })).toMatchObject({
      ok: false,
      error: { code: 'REQUESTS.MATTER_NOT_FOUND' },
    });
    expect(await asGuest('mine')).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY' } });
  });

  describe('when an admin edits a matter', () => {
    beforeAll(async () => {
      await t.people(env, [ALICE, STAFF]);
      await t.staffVerify(env, ALICE); // SOLE-TRADER-REG declares L2
      await t.setRoles(env, STAFF, ['user', 'staff', 'reviewer', 'admin']);
    });

    it('replaces it against the version read, audits it, and refuses a stale or broken edit', async () => {
      const current = await t.data<MatterView>(env, STAFF.openid, 'matter', { code: 'SOLE-TRADER-REG' });
      const { code, version, updatedAt: _at, ...definition } = current;
      const edit = {
        ...definition,
        promisedWorkingDays: 2,
        description: `${definition.description}（窗口可当场办结）`,
      };
      expect(
        await t.requestsCode(env, ALICE.openid, 'updateMatter', {
          code,
          expectedVersion: version,
          matter: edit,
          comment: '越权',
        }),
      ).toBe('ACCOUNT.FORBIDDEN');
      const updated = await t.data<MatterView>(env, STAFF.openid, 'updateMatter', {
        code,
        expectedVersion: version,
        matter: edit,
        comment: '压缩承诺时限',
      });
      expect(updated).toMatchObject({ version: 2, promisedWorkingDays: 2 });
      expect(await t.find(env, COLLECTIONS.auditLog, { action: 'matter.updated', target: code })).toHaveLength(1);
      expect(
        await t.requestsCode(env, STAFF.openid, 'updateMatter', {
          code,
          expectedVersion: 1,
          matter: edit,
          comment: '旧版本',
        }),
      ).toBe('REQUESTS.MATTER_VERSION_CONFLICT');
      const twice = { ...edit, fields: [...edit.fields, edit.fields[0]] };
      expect(
        await t.requestsCode(env, STAFF.openid, 'updateMatter', {
          code,
          expectedVersion: 2,
          matter: twice,
          comment: '重复字段',
        }),
      ).toBe('REQUESTS.MATTER_INVALID');
      // The edit survives later reads: the config does not overwrite it.
      const again = await t.data<MatterView>(env, ALICE.openid, 'matter', { code });
      expect(again).toMatchObject({ version: 2, promisedWorkingDays: 2 });
    });

    it('a disabled matter leaves the catalog and takes no new requests; submitted ones keep their form', async () => {
      const input = await t.soleTraderInput(env, ALICE);
      const before = await t.submit(env, ALICE, input);
      const current = await t.data<MatterView>(env, STAFF.openid, 'matter', { code: 'SOLE-TRADER-REG' });
      const { code, version, updatedAt: _at, ...definition } = current;
      await t.data(env, STAFF.openid, 'updateMatter', {
        code,
        expectedVersion: version,
        matter: { ...definition, enabled: false, fields: definition.fields.slice(0, 1) },
        comment: '暂停网上办理',
      });
      const catalog = await t.data<MatterSummary[]>(env, ALICE.openid, 'catalog');
      expect(catalog.map((m) => m.code)).not.toContain('SOLE-TRADER-REG');
      expect(await t.requestsCode(env, ALICE.openid, 'submit', await t.soleTraderInput(env, ALICE))).toBe(
        'REQUESTS.MATTER_DISABLED',
      );
      const view = await t.data<RequestView>(env, ALICE.openid, 'detail', { requestId: before.id });
      expect(view.fields.map((f) => f.key)).toEqual(['shopName', 'scope', 'premisesAddress', 'capital']);
      // Hidden from people, still there for the admin who enables it again.
      expect(await t.requestsCode(env, ALICE.openid, 'matter', { code })).toBe('REQUESTS.MATTER_NOT_FOUND');
      const disabled = await t.data<MatterView>(env, STAFF.openid, 'matter', { code });
      const { code: _c, version: v3, updatedAt: _u, ...again } = disabled;
      expect(disabled.enabled).toBe(false);
      await t.data(env, STAFF.openid, 'updateMatter', {
        code,
        expectedVersion: v3,
        matter: { ...again, enabled: true },
        comment: '恢复网上办理',
      });
      expect((await t.data<MatterSummary[]>(env, ALICE.openid, 'catalog')).map((m) => m.code)).toContain(code);
    });
  });
});
