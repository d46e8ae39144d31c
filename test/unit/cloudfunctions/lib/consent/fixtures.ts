import type { CallContext } from '../../../../../cloudfunctions/lib/handler/call-context';
import type { EntryBody } from '../../../../../cloudfunctions/lib/consent/ledger-entry';
import { catalogOf, type PolicyVersion } from '../../../../../cloudfunctions/lib/consent/policy-catalog';

const hash = (c: string) => c.repeat(64);

function version(id: PolicyVersion['id'], v: string, sha: string, reconsentRequired: boolean): PolicyVersion {
  return { id, title: id, version: v, effectiveDate: v, sha256: sha, changeSummary: `${id} ${v}`, reconsentRequired };
}

/** Two versions of each launch document: the agreement's second asks again, the policy's does not. */
export const AGREEMENT_V1 = version('user-agreement', '2021-11-15', hash('a'), false);
export const AGREEMENT_V2 = version('user-agreement', '2026-12-01', hash('b'), true);
export const POLICY_V1 = version('privacy-policy', '2021-11-15', hash('c'), false);
export const POLICY_V2 = version('privacy-policy', '2026-12-01', hash('d'), false);
export const SDK_V1 = version('sdk-list', '2021-11-15', hash('e'), false);

export const catalog = catalogOf([AGREEMENT_V2, AGREEMENT_V1, POLICY_V1, POLICY_V2, SDK_V1], {
  'user-agreement': AGREEMENT_V2,
  'privacy-policy': POLICY_V2,
  'sdk-list': SDK_V1,
});

export const ctx: CallContext = {
  openid: 'o-alice',
  appid: 'wx-app',
  env: 'test',
  clientIp: '203.0.113.7',
  source: 'wx_client',
  requestId: 'req-1',
  now: new Date('2026-11-29T04:00:00.000Z'),
};

export function grantBody(doc: PolicyVersion, at = '2026-11-29T04:00:00.000Z'): EntryBody {
  return {
    openid: 'o-alice',
    action: 'grant',
    subject: { kind: 'document', documentId: doc.id, version: doc.version, sha256: doc.sha256 },
    purposes: ['basic-service'],
    channel: 'launch-gate',
    at,
    clientIp: '203.0.113.7',
    source: 'wx_client',
    device: { model: 'iPhone 15', system: 'iOS 18.1' },
    requestId: 'req-1',
  };
}
