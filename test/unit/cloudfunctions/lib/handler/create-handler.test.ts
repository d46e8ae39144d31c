import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { createHandler } from '../../../../../cloudfunctions/lib/handler/create-handler';
import type { CallContext } from '../../../../../cloudfunctions/lib/handler/call-context';

const identity = { openid: 'o-alice', appid: 'wx-app', env: 'test' };

function handler(overrides: { openid?: string; log?: jest.Mock } = {}) {
  const seen: CallContext[] = [];
  const main = createHandler(
    {
      whoami: async (_input, ctx) => {
        seen.push(ctx);
        return { openid: ctx.openid };
      },
      echo: async (input) => input,
      refuse: async () => {
        throw new AppError('REQUEST.INVALID_INPUT');
      },
      refuseField: async () => {
        throw new AppError('CONTENT.RISKY', '您填写的“标题”含有不适宜的内容，请删改后再提交', { field: 'pushTitle' });
      },
      explode: async () => {
        throw new Error('secret database detail at /srv/x.js:10');
      },
      publicInfo: async () => 'public',
    },
    {
      context: () => ({ ...identity, openid: overrides.openid ?? identity.openid }),
      anonymous: ['publicInfo'],
      log: overrides.log ?? jest.fn(),
      requestId: () => 'req-1',
      maxEventBytes: 1024,
    },
  );
  return { main, seen };
}

describe('createHandler', () => {
  it('runs the named action and wraps its value', async () => {
    const { main } = handler();
    await expect(main({ action: 'echo', input: { a: 1 } })).resolves.toEqual({ ok: true, data: { a: 1 } });
  });

  it('takes identity from the cloud context, never from the event', async () => {
    const { main, seen } = handler();
    const result = await main({ action: 'whoami', input: { openid: 'o-mallory' }, openid: 'o-mallory' });
    expect(result).toEqual({ ok: true, data: { openid: 'o-alice' } });
    expect(seen[0]?.requestId).toBe('req-1');
    expect(seen[0]?.now).toBeInstanceOf(Date);
  });

  describe('when the event is malformed', () => {
    it.each([null, undefined, 'text', 42, {}, { action: '' }, { action: 7 }, { action: 'x'.repeat(65) }])(
      'answers REQUEST.INVALID_EVENT for %p',
      async (event) => {
        const { main } = handler();
        const result = await main(event);
        expect(result).toEqual({ ok: false, error: { code: 'REQUEST.INVALID_EVENT', message: '请求格式不正确' } });
      },
    );
  });

  it('refuses unknown actions, including inherited object keys', async () => {
    const { main } = handler();
    for (const action of ['drop', 'toString', '__proto__', 'constructor']) {
      const result = await main({ action });
      expect(result).toMatchObject({ ok: false, error: { code: 'REQUEST.UNKNOWN_ACTION' } });
    }
  });

  it('refuses oversize events before running anything', async () => {
    const { main, seen } = handler();
    const result = await main({ action: 'whoami', input: 'x'.repeat(2048) });
    expect(result).toMatchObject({ ok: false, error: { code: 'REQUEST.TOO_LARGE' } });
    expect(seen).toHaveLength(0);
  });

  it('refuses a deeply nested event with REQUEST.TOO_DEEP before running anything', async () => {
    const { main, seen } = handler();
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    await expect(main({ action: 'whoami', input: deep })).resolves.toEqual({
      ok: false,
      error: { code: 'REQUEST.TOO_DEEP', message: '提交的内容层级过深' },
    });
    // Small but past the limit: refused by depth, not by size.
    let thirtyThree: unknown = {};
    for (let i = 0; i < 32; i++) thirtyThree = { a: thirtyThree };
    expect(await main({ action: 'echo', input: thirtyThree })).toMatchObject({ error: { code: 'REQUEST.TOO_DEEP' } });
    expect(seen).toHaveLength(0);
  });

  it('keeps the code and Chinese message of an expected failure', async () => {
    const { main } = handler();
    await expect(main({ action: 'refuse' })).resolves.toEqual({
      ok: false,
      error: { code: 'REQUEST.INVALID_INPUT', message: '提交的信息不完整或格式不正确' },
    });
  });

  it('passes the field a refusal names, as a stable key beside the Chinese message', async () => {
    const { main } = handler();
    await expect(main({ action: 'refuseField' })).resolves.toEqual({
      ok: false,
      error: { code: 'CONTENT.RISKY', message: '您填写的“标题”含有不适宜的内容，请删改后再提交', field: 'pushTitle' },
    });
  });

  it('turns a bug into INTERNAL with a request id, logging the detail but never returning it', async () => {
    const log = jest.fn();
    const { main } = handler({ log });
    const result = await main({ action: 'explode' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '系统繁忙，请稍后重试', requestId: 'req-1' },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'req-1', level: 'error' }));
    expect(JSON.stringify(log.mock.calls[0])).toContain('secret database detail');
  });

  describe('when the caller has no WeChat identity', () => {
    it('refuses actions that need one', async () => {
      const { main } = handler({ openid: '' });
      await expect(main({ action: 'whoami' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'AUTH.NO_IDENTITY' },
      });
    });

    it('still serves public information', async () => {
      const { main } = handler({ openid: '' });
      await expect(main({ action: 'publicInfo' })).resolves.toEqual({ ok: true, data: 'public' });
    });
  });
});
