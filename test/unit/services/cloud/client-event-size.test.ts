import { createCloudClient } from '../../../../src/services/cloud/client';
import { MAX_CALL_EVENT_BYTES, utf8Length } from '../../../../src/services/cloud/event-size';
import { MAX_FUNCTION_EVENT_BYTES } from '../../../../localcloud/functions/event-size';

jest.mock('../../../../src/i18n', () => ({ t: { errors: { internal: '系统繁忙', network: '网络异常' } } }));

function recordingClient() {
  const sent: unknown[] = [];
  const client = createCloudClient({
    callFunction: async (_name, event) => {
      sent.push(event);
      return { ok: true, data: null };
    },
  });
  return { client, sent };
}

/** The JSON text the client would send for { action: 'submit', input: { text } }. */
const eventBytes = (text: string) => utf8Length(JSON.stringify({ action: 'submit', input: { text } }));

describe('an event larger than WeChat carries to a function', () => {
  it('is refused by the client with REQUEST.TOO_LARGE and never sent', async () => {
    const { client, sent } = recordingClient();
    const text = '横'.repeat(Math.ceil(MAX_CALL_EVENT_BYTES / 3)); // 3 bytes each in UTF-8
    expect(eventBytes(text)).toBeGreaterThan(MAX_CALL_EVENT_BYTES);
    expect(await client.call('requests', 'submit', { text })).toEqual({
      ok: false,
      error: { code: 'REQUEST.TOO_LARGE', message: '提交的内容过大' },
    });
    expect(sent).toEqual([]);
  });

  it('is sent when it is exactly at the limit (counted in UTF-8 bytes, not characters)', async () => {
    const { client, sent } = recordingClient();
    const overhead = eventBytes('');
    const text = 'a'.repeat(MAX_CALL_EVENT_BYTES - overhead);
    expect(eventBytes(text)).toBe(MAX_CALL_EVENT_BYTES);
    expect(await client.call('requests', 'submit', { text })).toEqual({ ok: true, data: null });
    expect(await client.call('requests', 'submit', { text: `${text}a` })).toMatchObject({
      error: { code: 'REQUEST.TOO_LARGE' },
    });
    expect(sent).toHaveLength(1);
  });

  it('counts UTF-8 as the wire does: ASCII 1, Greek 2, Chinese 3, an emoji 4 bytes', () => {
    for (const text of ['abc', 'αβγ', '横琴', '😀x', '']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('the client never sends more than the local cloud (and WeChat) carries', () => {
    expect(MAX_CALL_EVENT_BYTES).toBeLessThanOrEqual(MAX_FUNCTION_EVENT_BYTES);
  });
});
