import { MATTER_SEED } from '../../../config/matters';
import type {
  MatterSummary,
  MatterView,
  Page,
  QueueItem,
  RequestSummary,
  RequestView,
} from '../../../cloudfunctions/lib/contract/requests';
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

  it('gives a copy seeded before translations, never edited, the config’s translations; an edited copy keeps its own', async () => {
    const older = t.cloud().freshEnv();
    const db = t.cloud().sdk({ env: older }).database();
    const [archive, permit] = ['ARCHIVE-COPY', 'SOLE-TRADER-REG'].map((code) => {
      const seeded = MATTER_SEED.find((m) => m.code === code);
      if (!seeded) throw new Error(`${code} is not in config/matters.ts`);
      const { code: _id, translations: _t, ...rest } = seeded;
      return { _id, ...rest };
    });
    await db.collection(COLLECTIONS.matters).add({ data: { ...archive, version: 1, updatedAt: 1, updatedBy: 'seed' } });
    await db
      .collection(COLLECTIONS.matters)
      .add({ data: { ...permit, version: 3, updatedAt: 1, updatedBy: 'acc-admin' } });
    const r = (await t
      .cloud()
      .sdk({ env: older })
      .callFunction({ name: 'requests', data: { action: 'catalog' } })) as unknown as {
      result: Result<MatterSummary[]>;
    };
    expect(r.result.ok).toBe(true);
    const stored = await t.find<{ _id: string; version: number; translations?: unknown }>(older, COLLECTIONS.matters);
    const byCode = new Map(stored.map((m) => [m._id, m]));
    expect(byCode.get('ARCHIVE-COPY')).toMatchObject({
      version: 2,
      translations: MATTER_SEED.find((m) => m.code === 'ARCHIVE-COPY')?.translations,
    });
    expect(byCode.get('SOLE-TRADER-REG')?.version).toBe(3);
    expect(byCode.get('SOLE-TRADER-REG')?.translations).toBeUndefined();
  });

  it('lists each matter with its name and department in zh-MO, en and pt-PT, the rest of the texts left to the detail', async () => {
    const r = await asGuest<MatterSummary[]>('catalog');
    const archive = r.ok ? r.data.find((m) => m.code === 'ARCHIVE-COPY') : undefined;
    expect(archive?.translations).toEqual({
      'zh-MO': { name: '企業登記檔案查詢複製', department: '商事服務局綜合服務窗口' },
      en: {
        name: 'Search and copy of enterprise registration records',
        department: 'General Service Counter, Commercial Services Bureau',
      },
      'pt-PT': {
        name: 'Consulta e cópia do arquivo de registo de empresas',
        department: 'Balcão de Atendimento Geral, Direcção dos Serviços Comerciais',
      },
    });
    const detail = await asGuest<MatterView>('matter', { code: 'ARCHIVE-COPY' });
    expect(detail.ok && detail.data.translations?.['zh-MO']?.materials?.identity?.name).toBe('查詢人身份證明文件');
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

    it('a submitted request keeps the matter’s names and texts in every language, for lists and details', async () => {
      const submitted = await t.submit(env, ALICE, await t.soleTraderInput(env, ALICE));
      const names = {
        'zh-MO': '個體工商戶設立登記',
        en: 'Registration of an individual business',
        'pt-PT': 'Registo de empresário comercial individual',
      };
      expect(submitted).toMatchObject({ matterName: '个体工商户设立登记', matterNames: names });
      const mine = await t.data<Page<RequestSummary>>(env, ALICE.openid, 'mine', { pageSize: 50 });
      expect(mine.items.find((i) => i.id === submitted.id)?.matterNames).toEqual(names);
      const queue = await t.data<Page<QueueItem>>(env, STAFF.openid, 'queue', { pageSize: 50 });
      expect(queue.items.find((i) => i.id === submitted.id)?.matterNames).toEqual(names);
      const view = await t.data<RequestView>(env, ALICE.openid, 'detail', { requestId: submitted.id });
      expect(view.matterNames).toEqual(names);
      expect(view.translations['zh-MO']?.materials?.identity?.name).toBe('經營者身份證明文件');
      expect(view.translations['pt-PT']?.fields?.capital?.label).toBe('Montante do capital');
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
      const unknownMaterial = {
        ...edit,
        translations: { ...edit.translations, en: { materials: { 'business-licence': { name: 'Business licence' } } } },
      };
      expect(
        await t.requestsCode(env, STAFF.openid, 'updateMatter', {
          code,
          expectedVersion: 2,
          matter: unknownMaterial,
          comment: '译文写错了材料',
        }),
      ).toBe('REQUESTS.MATTER_TRANSLATION_UNKNOWN');
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
        matter: { ...definition, enabled: false, fields: definition.fields.slice(0, 1), translations: {} },
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
      // The edit's empty translations replaced the stored ones whole (not merged into them).
      expect(disabled.translations).toEqual({});
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
