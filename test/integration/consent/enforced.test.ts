/**
 * Consent enforced by the functions themselves (policy §4, §8.5; PIPL arts. 14–15, 29): every
 * function, through the real wx-server-sdk against the local cloud, built into dist/cloudfunctions.
 */
import type { ProcessingRule } from '../../../cloudfunctions/lib/consent/processing-catalog';
import { PROCESSING_CATALOG } from '../../../cloudfunctions/lib/consent/processing-catalog';
import { FUNCTIONS, FUNCTION_NAMES } from '../../../cloudfunctions/lib/contract/functions';
import { ALICE, JPEG, STAFF, requestsCloud } from '../requests/requests-cloud';
import { callAs } from '../../support/call-as';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();
// Dozens of calls through every function: minutes on a busy two-core machine, not a speed check.
jest.setTimeout(180_000);

const codeOf = async (env: string, openid: string, name: string, action: string, input?: unknown) => {
  const r = await callAs(t.cloud(), env, openid, name, action, input);
  return r.ok ? 'OK' : r.error.code;
};

const withdraw = (env: string, openid: string) =>
  codeOf(env, openid, 'consent', 'withdraw', {
    documentIds: ['user-agreement', 'privacy-policy'],
    channel: 'privacy-center',
  });

describe('consent enforced by the functions (real SDK, local cloud)', () => {
  it('after withdrawal, submitting, uploading and face verification are refused; after agreeing again they work', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env, [ALICE, STAFF]);
    await t.staffVerify(env, ALICE); // SOLE-TRADER-REG declares L2; her residence permit takes the staff route
    await t.agree(env, ALICE.openid, ['face-verification']);
    const input = await t.soleTraderInput(env, ALICE);
    const upload = { purpose: 'material', name: '照片.jpg', size: JPEG.length, kind: 'jpeg' };
    const face = { purpose: 'verify' };

    expect(await withdraw(env, ALICE.openid)).toBe('OK');
    // At once: the very next call of every function reads the ledger again.
    expect(await t.requestsCode(env, ALICE.openid, 'submit', input)).toBe('CONSENT.REQUIRED');
    expect(await codeOf(env, ALICE.openid, 'files', 'prepareUpload', upload)).toBe('CONSENT.REQUIRED');
    expect(await t.code(env, ALICE.openid, 'startFaceVerification', face)).toBe('CONSENT.REQUIRED');
    expect(await t.find(env, COLLECTIONS.serviceRequests, { clientRequestId: input.clientRequestId })).toHaveLength(0);
    expect(await t.find(env, COLLECTIONS.files, { purpose: 'material', status: 'pending' })).toHaveLength(0);

    // Agreeing again: the launch documents only. Withdrawing the policy withdrew the separate consents too.
    await t.agree(env, ALICE.openid);
    expect(await t.upload(env, ALICE, 'material')).toMatch(/^[0-9a-f]{24}$/);
    const needsId = await t.call(env, ALICE.openid, 'submit', input);
    expect(needsId).toMatchObject({ ok: false, error: { code: 'CONSENT.SENSITIVE_REQUIRED' } });
    expect(needsId.ok ? '' : needsId.error.message).toContain('身份证件号码');
    const needsFace = await callAs(t.cloud(), env, ALICE.openid, 'account', 'startFaceVerification', face);
    expect(needsFace).toMatchObject({ ok: false, error: { code: 'CONSENT.SENSITIVE_REQUIRED' } });
    expect(needsFace.ok ? '' : needsFace.error.message).toContain('人脸信息');

    await t.agree(env, ALICE.openid, ['id-number', 'face-verification']);
    expect(await t.submit(env, ALICE, input)).toMatchObject({ status: 'submitted' });
    // Past the guard, the face check itself answers: her residence permit takes the staff route.
    expect(await t.code(env, ALICE.openid, 'startFaceVerification', face)).toBe('FACE.DOCUMENT_NOT_SUPPORTED');
  });

  it('withdrawing one separate consent refuses exactly the actions that process it', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env, [ALICE, STAFF]);
    await t.staffVerify(env, ALICE); // SOLE-TRADER-REG declares L2; her residence permit takes the staff route
    await t.agree(env, ALICE.openid, ['face-verification']);
    const withdrawn = await codeOf(env, ALICE.openid, 'consent', 'withdrawSensitive', {
      purpose: 'face-verification',
      channel: 'privacy-center',
    });
    expect(withdrawn).toBe('OK');
    expect(await t.code(env, ALICE.openid, 'startFaceVerification', { purpose: 'verify' })).toBe(
      'CONSENT.SENSITIVE_REQUIRED',
    );
    // The ID-number consent from registration still stands: requests go on.
    expect(await t.submit(env, ALICE, await t.soleTraderInput(env, ALICE))).toMatchObject({ status: 'submitted' });
  });

  it('every action of every function: without consent, only the exempt ones get past the guard', async () => {
    const env = t.cloud().freshEnv();
    const stranger = 'oNeverAgreed01';
    const seen: string[] = [];
    for (const fn of FUNCTION_NAMES) {
      for (const action of Object.values(FUNCTIONS[fn])) {
        const rule = (PROCESSING_CATALOG[fn] as Record<string, ProcessingRule>)[action] as ProcessingRule;
        const code = await codeOf(env, stranger, fn, action, {});
        seen.push(`${fn}.${action}`);
        if (rule.basis === 'exempt') expect([fn, action, code]).not.toEqual([fn, action, 'CONSENT.REQUIRED']);
        else expect([fn, action, code]).toEqual([fn, action, 'CONSENT.REQUIRED']);
      }
    }
    expect(seen.length).toBe(FUNCTION_NAMES.reduce((n, fn) => n + Object.keys(FUNCTIONS[fn]).length, 0));
  });
});
