import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { SUBSCRIPTION_TEMPLATES } from '../../../../config/subscription-templates';
import { planDeploy, type ProjectFacts } from '../../../../scripts/deploy/plan-deploy';
import { readOperatorEnv, readProjectFacts } from '../../../../scripts/deploy/read-project';
import type { RefusalCode } from '../../../../scripts/deploy/deploy.errors';

const key = () => randomBytes(32).toString('base64');
const bundle = (text: string) => `"use strict";${text}`;

/** A small project that passes: one function calling one declared openapi and reading two variables. */
const facts = (over: Partial<ProjectFacts> = {}): ProjectFacts => ({
  committedAppid: 'touristappid',
  runtime: { name: 'Nodejs18.15', esbuildTarget: 'node18' },
  functions: [
    {
      name: 'notify',
      configJson: {
        permissions: { openapi: ['subscribeMessage.send'] },
        timeout: 60,
        triggers: [{ name: 'resumePushJobs', type: 'timer', config: '0 */5 * * * * *' }],
      },
      bundle: bundle('e.openapi.subscribeMessage.send({});x.env.QYB_INDEX_KEY;x.env.QYB_TMPL_REQUEST_STATUS;'),
    },
  ],
  collections: ['push_jobs', 'messages'],
  indexes: [{ collection: 'push_jobs', fields: ['status'] }],
  ...over,
});

const operator = (over: Record<string, string> = {}) => ({
  QYB_APPID: 'wx0123456789abcdef',
  QYB_CLOUD_ENV: 'prod-1a2b',
  QYB_INDEX_KEY: key(),
  QYB_TMPL_REQUEST_STATUS: 'real-template-id',
  ...over,
});

const codes = (plan: ReturnType<typeof planDeploy>) => plan.refusals.map((r) => `${r.code} ${r.subject}`);
const refusedWith = (code: RefusalCode, subject: string, plan: ReturnType<typeof planDeploy>) =>
  expect(codes(plan)).toContain(`${code} ${subject}`);

describe('planDeploy', () => {
  it('plans every function, trigger, collection and index, and hides secrets', () => {
    const plan = planDeploy(facts(), { env: operator(), dryRun: true });
    expect(plan.refusals).toEqual([]);
    expect(plan.functions[0]).toMatchObject({ name: 'notify', runtime: 'Nodejs18.15', timeout: 60 });
    expect(plan.functions[0]?.triggers).toEqual([{ name: 'resumePushJobs', type: 'timer', config: '0 */5 * * * * *' }]);
    expect(plan.functions[0]?.env.map((e) => e.name)).toEqual(['QYB_INDEX_KEY', 'QYB_TMPL_REQUEST_STATUS']);
    expect(plan.indexes).toEqual([{ collection: 'push_jobs', name: 'status_1', fields: ['status'], unique: false }]);
  });

  describe('when nothing is supplied (a fresh clone dry run)', () => {
    it('marks each needed value to be supplied and refuses nothing', () => {
      const plan = planDeploy(facts(), { env: {}, dryRun: true });
      expect(plan.strict).toBe(false);
      expect(plan.refusals).toEqual([]);
      expect(plan.functions[0]?.env.every((e) => e.value.state === 'to-be-supplied')).toBe(true);
    });

    it('still refuses a real run', () => {
      const plan = planDeploy(facts(), { env: {}, dryRun: false });
      refusedWith('ENV_MISSING', 'QYB_APPID', plan);
      refusedWith('UPLOAD_KEY_MISSING', 'QYB_UPLOAD_KEY', plan);
    });
  });

  describe('refuses, naming what is wrong', () => {
    it('a missing openapi permission', () => {
      const [fn] = facts().functions;
      const plan = planDeploy(facts({ functions: [{ ...fn!, configJson: { timeout: 10 } }] }), {
        env: {},
        dryRun: true,
      });
      refusedWith('PERMISSION_MISSING', 'notify', plan);
      expect(plan.refusals[0]?.message).toContain('subscribeMessage.send');
    });

    it('a collection used but not declared, and an index on an undeclared collection', () => {
      const [fn] = facts().functions;
      const used = { ...fn!, bundle: `${fn!.bundle}db.collection("pushJobz")` };
      const plan = planDeploy(facts({ functions: [used], indexes: [{ collection: 'jobs', fields: ['a'] }] }), {
        env: {},
        dryRun: true,
      });
      refusedWith('COLLECTION_UNDECLARED', 'notify', plan);
      refusedWith('INDEX_COLLECTION_UNDECLARED', 'jobs', plan);
    });

    it('a missing environment variable once any operator value is supplied', () => {
      const plan = planDeploy(facts(), { env: operator({ QYB_INDEX_KEY: '' }), dryRun: true });
      expect(codes(plan)).toEqual(['ENV_MISSING QYB_INDEX_KEY']);
    });

    it('a variable the code reads that nobody declared', () => {
      const [fn] = facts().functions;
      const plan = planDeploy(facts({ functions: [{ ...fn!, bundle: `${fn!.bundle}env.QYB_NEW_THING` }] }), {
        env: {},
        dryRun: true,
      });
      refusedWith('ENV_UNDECLARED', 'QYB_NEW_THING', plan);
    });

    it('a placeholder template id', () => {
      const placeholder = SUBSCRIPTION_TEMPLATES.find((t) => t.idEnv === 'QYB_TMPL_REQUEST_STATUS')!.placeholderId;
      const plan = planDeploy(facts(), { env: operator({ QYB_TMPL_REQUEST_STATUS: placeholder }), dryRun: true });
      refusedWith('TEMPLATE_PLACEHOLDER', 'QYB_TMPL_REQUEST_STATUS', plan);
    });

    it("another template's placeholder id, copied into the wrong variable", () => {
      const placeholder = SUBSCRIPTION_TEMPLATES.find((t) => t.idEnv === 'QYB_TMPL_SECURITY_ALERT')!.placeholderId;
      const plan = planDeploy(facts(), { env: operator({ QYB_TMPL_REQUEST_STATUS: placeholder }), dryRun: true });
      refusedWith('TEMPLATE_PLACEHOLDER', 'QYB_TMPL_REQUEST_STATUS', plan);
    });

    it.each(['QYB_FACE_VERIFIER', 'QYB_CHANNELS'])('a stand-in selected with %s', (name) => {
      const [fn] = facts().functions;
      const reads = { ...fn!, bundle: `${fn!.bundle}env.${name}` };
      const plan = planDeploy(facts({ functions: [reads] }), {
        env: operator({ [name]: 'local-stand-in' }),
        dryRun: true,
      });
      refusedWith('STAND_IN_SELECTED', name, plan);
    });

    it.each([
      ['wx0123', 'APPID_INVALID'],
      ['WX0123456789ABCDEF', 'APPID_INVALID'],
      ['touristappid', 'APPID_PLACEHOLDER'],
    ] as const)('the appid %s', (appid, code) => {
      refusedWith(code, 'QYB_APPID', planDeploy(facts(), { env: operator({ QYB_APPID: appid }), dryRun: true }));
    });

    it.each([61, 0, 2.5, '10'])('a timeout of %p', (timeout) => {
      const [fn] = facts().functions;
      const config = { ...(fn!.configJson as object), timeout };
      const plan = planDeploy(facts({ functions: [{ ...fn!, configJson: config }] }), { env: {}, dryRun: true });
      refusedWith('FUNCTION_TIMEOUT_INVALID', 'notify', plan);
    });

    it.each(['0 */5 * * *', '0 0 3 * * * 1969', '60 0 3 * * * *', '0 0 3 * * MON-XYZ *'])('the cron %s', (cron) => {
      const [fn] = facts().functions;
      const config = { ...(fn!.configJson as object), triggers: [{ name: 'resume', type: 'timer', config: cron }] };
      const plan = planDeploy(facts({ functions: [{ ...fn!, configJson: config }] }), { env: {}, dryRun: true });
      refusedWith('FUNCTION_TRIGGER_INVALID', 'notify', plan);
    });

    it('a runtime older than Node 18 or a build target that does not match it', () => {
      refusedWith(
        'RUNTIME_INVALID',
        'Nodejs16.13',
        planDeploy(facts({ runtime: { name: 'Nodejs16.13', esbuildTarget: 'node16' } }), { env: {}, dryRun: true }),
      );
      refusedWith(
        'RUNTIME_INVALID',
        'node16',
        planDeploy(facts({ runtime: { name: 'Nodejs18.15', esbuildTarget: 'node16' } }), { env: {}, dryRun: true }),
      );
    });

    it('a missing config.json or bundle', () => {
      const plan = planDeploy(facts({ functions: [{ name: 'files', configJson: undefined, bundle: undefined }] }), {
        env: {},
        dryRun: true,
      });
      refusedWith('FUNCTION_CONFIG_MISSING', 'files', plan);
      refusedWith('FUNCTION_BUNDLE_MISSING', 'files', plan);
    });
  });
});

describe('the plan for the repository as it is', () => {
  const root = resolve(__dirname, '../../../..');
  const repo = readProjectFacts(root);
  const plan = planDeploy(repo, { env: readOperatorEnv(root, {}), dryRun: true });

  it('covers every function, collection and index the project declares', () => {
    expect(plan.functions.map((f) => f.name)).toEqual(repo.functions.map((f) => f.name));
    expect(plan.functions.every((f) => f.runtime === 'Nodejs18.15')).toBe(true);
    expect(plan.collections.length).toBe(repo.collections.length);
    expect(new Set(plan.indexes.map((i) => `${i.collection}.${i.name}`)).size).toBe(plan.indexes.length);
    expect(plan.settings).toEqual({ appid: undefined, cloudEnv: undefined, uploadKey: undefined });
  });

  it('refuses nothing: every permission, variable, collection and index the bundles need is declared', () => {
    expect(plan.strict).toBe(false);
    expect(plan.refusals).toEqual([]);
  });
});
