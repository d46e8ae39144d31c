import { SUBSCRIPTION_TEMPLATES } from '../../../../../config/subscription-templates';
import { LocalOnlySettingError } from '../../../../../cloudfunctions/lib/infra/deployment';
import { database } from '../../../../../cloudfunctions/lib/infra/cloud';
import { loadDeliveryDeps } from '../../../../../cloudfunctions/lib/notify/delivery-config';
import { grantRepository } from '../../../../../cloudfunctions/lib/notify/grant.repository';
import { messageRepository } from '../../../../../cloudfunctions/lib/notify/message.repository';
import { loadTemplates, localCloudTemplates } from '../../../../../cloudfunctions/lib/notify/subscription-templates';

const TWIN = { TCB_CONTEXT_CNFG: JSON.stringify({ URL: 'http://127.0.0.1:3900/tcb' }) };
const PRODUCTION = {
  TCB_CONTEXT_CNFG: JSON.stringify({ URL: 'https://tcb.example.com/admin' }),
  TENCENTCLOUD_RUNENV: 'SCF',
};
// Repositories over the SDK's database object: built, never called (loading checks config only).
const STORES = { grants: grantRepository(database()), messages: messageRepository(database()) };
const REAL_IDS = Object.fromEntries(SUBSCRIPTION_TEMPLATES.map((t, i) => [t.idEnv, `wxTmplReal${i}_0123456789abcdef`]));

describe('loadTemplates', () => {
  it('in the local cloud, unset ids fall back to the placeholders', () => {
    expect(loadTemplates(TWIN).map((t) => t.id)).toEqual(SUBSCRIPTION_TEMPLATES.map((t) => t.placeholderId));
  });

  it('in production, every QYB_TMPL_* set to a real id loads', () => {
    expect(loadTemplates({ ...PRODUCTION, ...REAL_IDS }).map((t) => t.id)).toEqual(Object.values(REAL_IDS));
  });

  it('in production, a missing id refuses the function, naming every missing variable', () => {
    const { QYB_TMPL_SECURITY_ALERT: _a, QYB_TMPL_POLICY_UPDATE: _b, ...partial } = REAL_IDS;
    const load = () => loadTemplates({ ...PRODUCTION, ...partial });
    expect(load).toThrow(LocalOnlySettingError);
    expect(load).toThrow(/QYB_TMPL_SECURITY_ALERT、QYB_TMPL_POLICY_UPDATE .*只用于本地开发/);
    expect(() => loadTemplates({})).toThrow(/QYB_TMPL_REQUEST_STATUS/);
  });

  it('in production, a placeholder id copied into the variable counts as missing', () => {
    const load = () =>
      loadTemplates({ ...PRODUCTION, ...REAL_IDS, QYB_TMPL_SERVICE_NOTICE: 'tmpl-service-notice-local' });
    expect(load).toThrow(/QYB_TMPL_SERVICE_NOTICE/);
  });

  it('the local cloud’s own view (server, tests) always has placeholders', () => {
    expect(localCloudTemplates().map((t) => t.id)).toEqual(SUBSCRIPTION_TEMPLATES.map((t) => t.placeholderId));
  });
});

describe('loadDeliveryDeps', () => {
  it('in production, QYB_CHANNELS=local-stand-in is refused at load', () => {
    expect(() => loadDeliveryDeps({ ...PRODUCTION, ...REAL_IDS, QYB_CHANNELS: 'local-stand-in' }, STORES)).toThrow(
      /^QYB_CHANNELS=local-stand-in 只用于本地开发/,
    );
  });

  it('in the local cloud, the SMS and email stand-ins are used', () => {
    const deps = loadDeliveryDeps({ ...TWIN, QYB_CHANNELS: 'local-stand-in' }, STORES);
    expect([deps.channels.sms?.constructor.name, deps.channels.email?.constructor.name]).toEqual([
      'LocalChannelStandIn',
      'LocalChannelStandIn',
    ]);
  });

  it('in production with real ids and gateways, it loads', () => {
    const deps = loadDeliveryDeps({ ...PRODUCTION, ...REAL_IDS }, STORES);
    expect(deps.templates).toHaveLength(SUBSCRIPTION_TEMPLATES.length);
  });
});
