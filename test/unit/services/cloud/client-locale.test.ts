// Sign-in is a subpackage screen: its messages come with i18n/packages, as every subpackage page loads it.
import '../../../../src/i18n/packages';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { createCloudClient } from '../../../../src/services/cloud/client';
import type { CloudTransport } from '../../../../src/services/cloud/transport';

const refusing = (code: string, message: string): CloudTransport => ({
  callFunction: () => Promise.resolve({ ok: false, error: { code, message } }),
});

afterEach(() => applyLocale('zh-CN'));

describe('refusals shown in the current locale', () => {
  it('shows the locale’s message for a code it knows', async () => {
    applyLocale('en');
    const client = createCloudClient(refusing('ACCOUNT.CREDENTIALS_INVALID', '账号或密码不正确'));
    const result = await client.call('account', 'signIn');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ACCOUNT.CREDENTIALS_INVALID',
        message: 'Wrong account name or password',
        serverMessage: '账号或密码不正确',
      },
    });
  });

  it('falls back to the server’s Chinese for a code it does not know, and keeps it in zh-CN', async () => {
    applyLocale('pt-PT');
    const unknown = await createCloudClient(refusing('FACE.MISMATCH', '人脸核验未通过')).call('account', 'signIn');
    expect(unknown.ok || unknown.error.message).toBe('人脸核验未通过');
    applyLocale('zh-CN');
    const simplified = await createCloudClient(refusing('ACCOUNT.LOCKED', '服务器原文')).call('account', 'signIn');
    expect(simplified.ok || simplified.error.message).toBe('服务器原文');
  });
});
