/**
 * WeChat carries at most 100KB of event to a cloud function (localcloud/functions/event-size.ts):
 * the twin refuses a larger event before any worker, through the SDK (functions.invokeFunction)
 * and from the browser (/__dev/functions), and the next call is unharmed.
 */
import { MAX_FUNCTION_EVENT_BYTES } from '../../../localcloud/functions/event-size';
import { useLocalCloud } from '../../support/local-cloud';

// A cold function instance requires wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(30_000);

const cloud = useLocalCloud();

/** `{"s":"…"}` of exactly `bytes` bytes of JSON. */
function eventOf(bytes: number): { s: string } {
  return { s: 'a'.repeat(bytes - '{"s":""}'.length) };
}

describe('an event past what WeChat carries to a function', () => {
  it('through the SDK: exactly 100KB reaches the function, one byte more is EXCEED_MAX_PAYLOAD_SIZE', async () => {
    const sdk = cloud().sdk({ env: cloud().freshEnv(), openid: 'oLargeEvent01' });
    const atLimit = eventOf(MAX_FUNCTION_EVENT_BYTES);
    expect(Buffer.byteLength(JSON.stringify(atLimit))).toBe(MAX_FUNCTION_EVENT_BYTES);
    const echoed = await sdk.callFunction({ name: 'echo', data: atLimit });
    expect((echoed.result as { event: { s: string } }).event.s).toHaveLength(atLimit.s.length);

    await expect(sdk.callFunction({ name: 'echo', data: eventOf(MAX_FUNCTION_EVENT_BYTES + 1) })).rejects.toMatchObject(
      {
        code: 'EXCEED_MAX_PAYLOAD_SIZE',
        errMsg: expect.stringContaining(`the event is ${MAX_FUNCTION_EVENT_BYTES + 1} bytes`),
      },
    );
    await expect(sdk.callFunction({ name: 'echo', data: { s: 'next' } })).resolves.toMatchObject({
      result: { event: { s: 'next' } },
    });
  });

  it('counts bytes, not characters: 40,000 Chinese characters (120,000 bytes) are refused', async () => {
    const sdk = cloud().sdk({ env: cloud().freshEnv(), openid: 'oLargeEvent02' });
    await expect(sdk.callFunction({ name: 'echo', data: { s: '横'.repeat(40_000) } })).rejects.toMatchObject({
      code: 'EXCEED_MAX_PAYLOAD_SIZE',
    });
  });

  it('from the browser: wx.cloud.callFunction fails with "data exceed max size", nothing runs', async () => {
    const env = cloud().freshEnv();
    const post = (data: unknown) =>
      fetch(`${cloud().cloud.origin}/__dev/functions/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-env': env, 'x-dev-openid': 'oLargeEvent03' },
        body: JSON.stringify(data),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
    const refused = await post(eventOf(MAX_FUNCTION_EVENT_BYTES + 1));
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ errCode: -1, errMsg: expect.stringContaining('data exceed max size') });
    expect(refused.body.result).toBeUndefined();
    expect((await post({ s: 'small' })).body).toMatchObject({ result: { event: { s: 'small' } } });
  });
});
