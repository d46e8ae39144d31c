import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { LOCAL_RISKY_WORDS } from '../../../cloudfunctions/lib/content-safety/local-content-safety-stand-in';
import { ACME_USCC, ALICE, DAVE, STAFF, requestsCloud } from '../requests/requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();
const RISKY = LOCAL_RISKY_WORDS[1];

async function privacy(env: string, openid: string, input: unknown) {
  const r = (await t
    .cloud()
    .sdk({ env, openid })
    .callFunction({ name: 'privacy', data: { action: 'file', input } })) as {
    result: unknown;
  };
  return r.result as Result<unknown>;
}

/**
 * The refusal names the field to change: in Chinese in the message, and as a stable key the client
 * names in the UI language; WeChat's label never reaches the person.
 */
const refusedOn = (name: string, field: string) => ({
  ok: false,
  error: { code: 'CONTENT.RISKY', message: expect.stringContaining(`“${name}”`), field },
});

describe('content safety on request forms, privacy requests and enterprise names (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [ALICE, DAVE, STAFF]);
    // SOLE-TRADER-REG and registering an enterprise need L2: staff check her residence permit.
    await t.staffVerify(env, ALICE);
  });

  it('a request form’s free text with a forbidden word is refused on that field; nothing is stored', async () => {
    const input = await t.soleTraderInput(env, ALICE);
    const risky = { ...input, form: { ...input.form, scope: `小吃服务；${RISKY}` } };
    expect(await t.call(env, ALICE.openid, 'submit', risky)).toMatchObject(refusedOn('经营范围', 'form.scope'));
    expect(await t.find(env, COLLECTIONS.serviceRequests, { clientRequestId: input.clientRequestId })).toEqual([]);
    expect(await t.call(env, ALICE.openid, 'submit', input)).toMatchObject({ ok: true });
  });

  it('a privacy request’s text with a forbidden word is refused; a clean one is filed', async () => {
    const question = { kind: 'question', password: ALICE.password, question: `你们是否${RISKY}？` };
    expect(await privacy(env, ALICE.openid, question)).toMatchObject(refusedOn('问题', 'question'));
    const deletion = {
      kind: 'deletion',
      password: ALICE.password,
      what: '我的联系方式',
      scope: ['messages'],
      reason: `用于${RISKY}`,
    };
    expect(await privacy(env, ALICE.openid, deletion)).toMatchObject(refusedOn('理由', 'reason'));
    expect(await t.find(env, COLLECTIONS.privacyRequests, {})).toEqual([]);
    expect(await privacy(env, ALICE.openid, { ...question, question: '保存多久？' })).toMatchObject({ ok: true });
  });

  it('an enterprise name with a forbidden word is refused; nothing is registered', async () => {
    const legalRepresentative = { name: DAVE.realName, document: DAVE.document };
    const input = { uscc: ACME_USCC, name: `${RISKY}有限公司`, legalRepresentative };
    expect(await t.call(env, ALICE.openid, 'registerEnterprise', input)).toMatchObject(
      refusedOn('企业名称', 'enterpriseName'),
    );
    expect(await t.find(env, COLLECTIONS.enterprises, {})).toEqual([]);
  });
});
