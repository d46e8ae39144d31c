import { applyPlan } from '../../../../scripts/deploy/apply-plan';
import type { CloudManagerTarget, WechatCiTarget } from '../../../../scripts/deploy/deploy-target';
import { planDeploy, type ProjectFacts } from '../../../../scripts/deploy/plan-deploy';

const facts: ProjectFacts = {
  committedAppid: 'touristappid',
  runtime: { name: 'Nodejs18.15', esbuildTarget: 'node18' },
  functions: [
    {
      name: 'notify',
      configJson: { timeout: 60, triggers: [{ name: 'resumePushJobs', type: 'timer', config: '0 */5 * * * * *' }] },
      bundle: 'x.env.QYB_TMPL_SERVICE_NOTICE',
    },
  ],
  collections: ['push_jobs'],
  indexes: [{ collection: 'push_jobs', fields: ['status'] }],
};
const env = {
  QYB_APPID: 'wx0123456789abcdef',
  QYB_CLOUD_ENV: 'prod',
  QYB_UPLOAD_KEY: 'k',
  QYB_TMPL_SERVICE_NOTICE: 't1',
};

/** Records each call, in order; stands in for the network only, the plan and order are real. */
function recordingTargets() {
  const calls: string[] = [];
  const manager: CloudManagerTarget = {
    ensureFunction: async (s) => (
      calls.push(`ensureFunction ${s.name} ${s.runtime} ${s.timeout} ${JSON.stringify(s.envVariables)}`),
      'created'
    ),
    ensureCollection: async (name) => (calls.push(`ensureCollection ${name}`), 'created'),
    ensureIndexes: async (c, list) => (calls.push(`ensureIndexes ${c} ${list.map((i) => i.name).join(',')}`), []),
  };
  const ci: WechatCiTarget = {
    uploadFunctionCode: async (name) => void calls.push(`uploadFunctionCode ${name}`),
    setTriggers: async (name, t) => void calls.push(`setTriggers ${name} ${t.map((x) => x.config).join(',')}`),
    uploadMiniProgram: async (version) => void calls.push(`uploadMiniProgram ${version}`),
  };
  return { calls, manager, ci };
}

describe('applyPlan', () => {
  it('creates each function on its runtime before its code goes up, then data, then the mini-program', async () => {
    const plan = planDeploy(facts, { env, dryRun: false, uploadKeyExists: true });
    expect(plan.refusals).toEqual([]);
    const t = recordingTargets();
    await applyPlan(plan, t, { version: '0.1.0', description: 'd' }, () => undefined);
    expect(t.calls).toEqual([
      'ensureFunction notify Nodejs18.15 60 {"QYB_TMPL_SERVICE_NOTICE":"t1"}',
      'uploadFunctionCode notify',
      'setTriggers notify 0 */5 * * * * *',
      'ensureCollection push_jobs',
      'ensureIndexes push_jobs status_1',
      'uploadMiniProgram 0.1.0',
    ]);
  });

  it('refuses a dry-run plan or one with refusals', async () => {
    const t = recordingTargets();
    const dry = planDeploy(facts, { env, dryRun: true });
    await expect(applyPlan(dry, t, { version: '0', description: '' }, () => undefined)).rejects.toThrow();
    const refused = planDeploy(facts, {
      env: { ...env, QYB_APPID: 'touristappid' },
      dryRun: false,
      uploadKeyExists: true,
    });
    await expect(applyPlan(refused, t, { version: '0', description: '' }, () => undefined)).rejects.toThrow();
    expect(t.calls).toEqual([]);
  });
});
