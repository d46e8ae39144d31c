/**
 * Issue 15 finding 3 (separation of duties): an admin cannot approve their own privacy correction;
 * another admin still can.
 */
import type { PrivacyRequestView } from '../../../cloudfunctions/lib/contract/privacy';
import { STAFF, privacyCloud } from '../privacy/privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = privacyCloud();

describe('an admin and their own privacy request', () => {
  it('is refused with STAFF.OWN_MATTER and the request stays open', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const request = await t.ok<PrivacyRequestView>(env, STAFF.openid, 'file', {
      kind: 'correction',
      password: STAFF.password,
      proposed: { realName: '李工作人' },
      reason: '姓名登记有误',
    });
    expect(await t.codeOf(env, STAFF.openid, 'decide', { id: request.id, outcome: 'approved', reply: '自批' })).toBe(
      'STAFF.OWN_MATTER',
    );
    const [stored] = await t.find<{ status: string }>(env, COLLECTIONS.privacyRequests, { _id: request.id });
    expect(stored?.status).toBe('open');
    // Nor is it offered in their queue.
    const queue = await t.ok<{ items: { id: string }[] }>(env, STAFF.openid, 'queue', {});
    expect(queue.items.map((i) => i.id)).not.toContain(request.id);
  });
});
