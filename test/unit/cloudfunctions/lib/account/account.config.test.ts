import { loadAccountConfig } from '../../../../../cloudfunctions/lib/account/account.config';

const TWIN = { TCB_CONTEXT_CNFG: JSON.stringify({ URL: 'http://127.0.0.1:3900/tcb' }) };

describe('loadAccountConfig', () => {
  it('when QYB_FACE_VERIFIER=local-stand-in outside the local cloud, the function refuses to load', () => {
    for (const env of [
      { QYB_FACE_VERIFIER: 'local-stand-in' },
      { ...TWIN, TENCENTCLOUD_RUNENV: 'SCF', QYB_FACE_VERIFIER: 'local-stand-in' },
      {
        TCB_CONTEXT_CNFG: JSON.stringify({ URL: 'https://tcb-api.tencentcloudapi.com' }),
        QYB_FACE_VERIFIER: 'local-stand-in',
      },
    ])
      expect(() => loadAccountConfig(env)).toThrow(/^QYB_FACE_VERIFIER=local-stand-in 只用于本地开发/);
  });

  it('in the local cloud the face stand-in is selected; elsewhere WeChat’s verifier is the default', () => {
    expect(loadAccountConfig({ ...TWIN, QYB_FACE_VERIFIER: 'local-stand-in' }).faceVerifier).toBe('local-stand-in');
    expect(loadAccountConfig({}).faceVerifier).toBe('wechat');
  });
});
