import { createHandler } from '../../../../../cloudfunctions/lib/handler/create-handler';
import type { CallContext } from '../../../../../cloudfunctions/lib/handler/call-context';

const TIMER_EVENT = { Type: 'Timer', TriggerName: 'resumePushJobs', Time: '2026-12-02T02:00:00Z' };

function handler(openid: string, timer: (ctx: CallContext) => Promise<unknown>) {
  const log = jest.fn();
  const main = createHandler(
    { echo: async (input) => input },
    { context: () => ({ openid, appid: 'wx-app', env: 'test' }), timer, log, requestId: () => 'req-t' },
  );
  return { main, log };
}

describe('createHandler › the timer trigger', () => {
  it('runs the timer for an event without a WeChat identity, with a clock and request id', async () => {
    const seen: CallContext[] = [];
    const { main } = handler('', async (ctx) => {
      seen.push(ctx);
      return { resumed: 2 };
    });
    await expect(main(TIMER_EVENT)).resolves.toEqual({ ok: true, data: { resumed: 2 } });
    expect(seen[0]).toMatchObject({ requestId: 'req-t', openid: '' });
    expect(seen[0]?.now).toBeInstanceOf(Date);
  });

  it('does not let a caller with an identity pass for the trigger', async () => {
    const timer = jest.fn(async () => 'ran');
    const { main } = handler('o-mallory', timer);
    await expect(main(TIMER_EVENT)).resolves.toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID_EVENT' } });
    expect(timer).not.toHaveBeenCalled();
  });

  it('turns a failing timer into the one INTERNAL answer, logged with its request id', async () => {
    const { main, log } = handler('', async () => {
      throw new Error('database down');
    });
    await expect(main(TIMER_EVENT)).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '系统繁忙，请稍后重试', requestId: 'req-t' },
    });
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ level: 'error', requestId: 'req-t' }));
  });
});
