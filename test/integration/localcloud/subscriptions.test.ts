/** subscribeMessage.send through the real SDK's wx.openApi (protobuf), from a function, against granted subscriptions. */
import { useLocalCloud } from '../../support/local-cloud';

// A cold function instance requires wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(30_000);

const cloud = useLocalCloud({ subscriptions: { templates: ['TPL_CONFIG'], longTermTemplates: ['TPL_LONG'] } });

const USER = 'oSubscriber0001';

async function grant(env: string, openid: string, results: Record<string, string>): Promise<unknown> {
  const res = await fetch(`${cloud().cloud.origin}/__dev/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid, 'x-dev-env': env },
    body: JSON.stringify({ tmplIds: Object.keys(results), results }),
  });
  return res.json();
}

type Send = (p: Record<string, unknown>) => Promise<{ errCode: number; errMsg: string }>;
type Sent = { ok: true; res: { errCode: number; errMsg: string } } | { ok: false; errCode: number; errMsg: string };

/** Sends from inside a cloud function, as WeChat requires; `fn` names the fixture function. */
function sender(env: string, fn = 'subscriber'): Send {
  return async (p) => {
    const r = await cloud().sdk({ env }).callFunction({ name: fn, data: p });
    const sent = r.result as Sent;
    if (!sent.ok) throw Object.assign(new Error(sent.errMsg), { errCode: sent.errCode, errMsg: sent.errMsg });
    return sent.res;
  };
}

const DATA = { thing1: { value: '营业执照变更' }, time2: { value: '2026年11月29日 10:00' } };

describe('subscribeMessage.send', () => {
  it('delivers with an accepted grant, once per one-time grant, then 43101', async () => {
    const env = cloud().freshEnv();
    expect(await grant(env, USER, { TPL_A: 'accept' })).toMatchObject({
      errMsg: 'requestSubscribeMessage:ok',
      TPL_A: 'accept',
    });
    const send = sender(env);
    await expect(
      send({ touser: USER, templateId: 'TPL_A', page: 'pages/index/index', data: DATA }),
    ).resolves.toMatchObject({
      errCode: 0,
      errMsg: 'openapi.subscribeMessage.send:ok',
    });
    await expect(send({ touser: USER, templateId: 'TPL_A', data: DATA })).rejects.toMatchObject({ errCode: 43101 });
    const outbox = cloud().cloud.outbox(env);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ touser: USER, templateId: 'TPL_A', page: 'pages/index/index', data: DATA });
    const viaHttp = (await (
      await fetch(`${cloud().cloud.origin}/__dev/outbox`, { headers: { 'x-dev-env': env } })
    ).json()) as {
      messages: unknown[];
    };
    expect(viaHttp.messages).toHaveLength(1);
  });

  it('refuses without a grant (43101), and when the grant was rejected', async () => {
    const env = cloud().freshEnv();
    await grant(env, USER, { TPL_B: 'reject' });
    const send = sender(env);
    await expect(send({ touser: USER, templateId: 'TPL_B', data: DATA })).rejects.toMatchObject({ errCode: 43101 });
    await expect(send({ touser: USER, templateId: 'TPL_CONFIG', data: DATA })).rejects.toMatchObject({
      errCode: 43101,
    });
    expect(cloud().cloud.outbox(env)).toEqual([]);
  });

  it('40037 for an unknown template, 40003 for a bad openid, 47003 for bad data', async () => {
    const env = cloud().freshEnv();
    await grant(env, USER, { TPL_C: 'accept' });
    const send = sender(env);
    await expect(send({ touser: USER, templateId: 'TPL_NEVER_SEEN', data: DATA })).rejects.toMatchObject({
      errCode: 40037,
    });
    await expect(send({ touser: 'bad openid!', templateId: 'TPL_C', data: DATA })).rejects.toMatchObject({
      errCode: 40003,
    });
    await expect(
      send({
        touser: USER,
        templateId: 'TPL_C',
        data: { thing1: { value: '这是一个超过二十个字符的事项名称用于测试长度限制' } },
      }),
    ).rejects.toMatchObject({ errCode: 47003 });
    await expect(
      send({ touser: USER, templateId: 'TPL_C', data: { number1: { value: 'abc' } } }),
    ).rejects.toMatchObject({ errCode: 47003 });
    await expect(send({ touser: USER, templateId: 'TPL_C', data: DATA })).resolves.toMatchObject({ errCode: 0 });
  });

  it('a long-term grant is not spent by a send', async () => {
    const env = cloud().freshEnv();
    await grant(env, USER, { TPL_LONG: 'accept' });
    const send = sender(env);
    for (let i = 0; i < 3; i++)
      await expect(send({ touser: USER, templateId: 'TPL_LONG', data: DATA })).resolves.toMatchObject({ errCode: 0 });
    expect(cloud().cloud.outbox(env, USER)).toHaveLength(3);
  });

  describe('cloud call permission (-604101)', () => {
    it('refuses a function whose config.json does not declare subscribeMessage.send, and spends no grant', async () => {
      const env = cloud().freshEnv();
      await grant(env, USER, { TPL_D: 'accept' });
      await expect(sender(env, 'undeclared')({ touser: USER, templateId: 'TPL_D', data: DATA })).rejects.toMatchObject({
        errCode: -604101,
        errMsg: 'system error: error code: -604101',
      });
      expect(cloud().cloud.outbox(env)).toEqual([]);
      // The grant is still there for a function allowed to send.
      await expect(sender(env)({ touser: USER, templateId: 'TPL_D', data: DATA })).resolves.toMatchObject({
        errCode: 0,
      });
    });

    it('refuses callers outside any function: a dev (user) credential and an admin credential', async () => {
      const env = cloud().freshEnv();
      await grant(env, USER, { TPL_E: 'accept' });
      for (const sdk of [cloud().sdk({ env, openid: USER }), cloud().sdk({ env })]) {
        const openapi = sdk.openapi as unknown as { subscribeMessage: { send: Send } };
        await expect(
          openapi.subscribeMessage.send({ touser: USER, templateId: 'TPL_E', data: DATA }),
        ).rejects.toMatchObject({ errCode: -604101 });
      }
      expect(cloud().cloud.outbox(env)).toEqual([]);
    });
  });
});
