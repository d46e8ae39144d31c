import { createCloudClient } from '../../../../src/services/cloud/client';

jest.mock('../../../../src/i18n', () => ({ t: { errors: { internal: '系统繁忙', network: '网络异常' } } }));

describe('a cloud call that fails is reported, not swallowed', () => {
  it('reports the transport error with the call it broke, and answers NETWORK', async () => {
    const reports: [string, unknown][] = [];
    const cause = new Error('request:fail timeout');
    const client = createCloudClient(
      {
        callFunction: async () => {
          throw cause;
        },
      },
      undefined,
      (what, detail) => reports.push([what, detail]),
    );
    const result = await client.call('requests', 'submit');
    expect(result).toEqual({ ok: false, error: { code: 'NETWORK', message: '网络异常' } });
    expect(reports).toEqual([['requests.submit failed', cause]]);
  });

  it('reports an answer that is not a Result, and answers INTERNAL', async () => {
    const reports: [string, unknown][] = [];
    const client = createCloudClient({ callFunction: async () => 'oops' }, undefined, (what, detail) =>
      reports.push([what, detail]),
    );
    expect(await client.call('feedback', 'mine')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(reports).toEqual([['feedback.mine answered no Result', 'oops']]);
  });
});
