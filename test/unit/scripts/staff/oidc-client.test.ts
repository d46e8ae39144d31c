import type { Result } from '../../../../cloudfunctions/lib/contract/result';
import type { LogoPort } from '../../../../scripts/staff/logo-upload';
import { OIDC_CLIENT_USAGE, runOidcClient, type CallOidc } from '../../../../scripts/staff/oidc-client';

const UPLOAD_ID = '0123456789abcdef01234567';
const BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const ADD = [
  'add',
  '--name',
  '横琴示例服务',
  '--redirect-uri',
  'https://svc.example.com/cb',
  '--terms-url',
  'https://svc.example.com/terms',
  '--privacy-url',
  'https://svc.example.com/privacy',
  '--scopes',
  'openid,profile',
];

/** The oidc and files functions and storage as the command sees them, recording every call. */
function fakes(confirm: Result<unknown> = { ok: true, data: { uploadId: UPLOAD_ID } }) {
  const calls: { fn: string; action: string; input: unknown }[] = [];
  const stored: { cloudPath: string; bytes: Buffer }[] = [];
  const call = (async (action: string, input: unknown) => {
    calls.push({ fn: 'oidc', action, input });
    return { ok: true, data: { clientId: 'svc-1', clientSecret: 'secret' } };
  }) as CallOidc;
  const logos: LogoPort = {
    files: (async (action: string, input: unknown) => {
      calls.push({ fn: 'files', action, input });
      if (action === 'prepareUpload') return { ok: true, data: { uploadId: UPLOAD_ID, cloudPath: 'uploads/x.png' } };
      return confirm;
    }) as LogoPort['files'],
    store: async (cloudPath, bytes) => {
      stored.push({ cloudPath, bytes });
      return `cloud://env.bucket/${cloudPath}`;
    },
    read: async (path) => {
      if (path === '/missing.png') throw new Error('ENOENT');
      return BYTES;
    },
  };
  const lines: string[] = [];
  return { calls, stored, call, logos, lines, out: (line: string) => lines.push(line) };
}

describe('runOidcClient', () => {
  describe('add --logo <file>', () => {
    it('uploads the file through the files function (purpose service-logo) and registers with its upload id', async () => {
      const f = fakes();
      expect(await runOidcClient(f.call, [...ADD, '--logo', '/tmp/Logo.PNG'], f.out, f.logos)).toBe(0);
      expect(f.calls.map((c) => `${c.fn}.${c.action}`)).toEqual([
        'files.prepareUpload',
        'files.confirmUpload',
        'oidc.clientAdd',
      ]);
      expect(f.calls[0]?.input).toEqual({ purpose: 'service-logo', name: 'Logo.PNG', size: BYTES.length, kind: 'png' });
      expect(f.stored).toEqual([{ cloudPath: 'uploads/x.png', bytes: BYTES }]);
      expect(f.calls[1]?.input).toEqual({ uploadId: UPLOAD_ID, fileID: 'cloud://env.bucket/uploads/x.png' });
      expect(f.calls[2]?.input).toMatchObject({ name: '横琴示例服务', logoUploadId: UPLOAD_ID });
    });

    it('registers without a logo when none is given', async () => {
      const f = fakes();
      expect(await runOidcClient(f.call, ADD, f.out, f.logos)).toBe(0);
      expect(f.calls.map((c) => c.action)).toEqual(['clientAdd']);
      expect(f.calls[0]?.input).not.toHaveProperty('logoUploadId');
    });

    it('refuses a file that is not PNG or JPEG, or cannot be read, before registering anything', async () => {
      for (const file of ['/tmp/logo.gif', '/missing.png']) {
        const f = fakes();
        expect(await runOidcClient(f.call, [...ADD, '--logo', file], f.out, f.logos)).toBe(1);
        expect(f.calls.filter((c) => c.fn === 'oidc')).toEqual([]);
        expect(f.lines[0]).toMatch(/^refused: /);
      }
    });

    it('reports the files function’s refusal (e.g. too large) and registers nothing', async () => {
      const f = fakes({ ok: false, error: { code: 'FILE.TOO_LARGE', message: '文件超过大小限制' } });
      expect(await runOidcClient(f.call, [...ADD, '--logo', '/tmp/big.jpg'], f.out, f.logos)).toBe(1);
      expect(f.calls[0]?.input).toMatchObject({ kind: 'jpeg' });
      expect(f.lines).toEqual(['refused: FILE.TOO_LARGE 文件超过大小限制']);
      expect(f.calls.some((c) => c.action === 'clientAdd')).toBe(false);
    });
  });

  describe('logo --client <id> --file <file>', () => {
    it('uploads the file and sets it as the service’s logo', async () => {
      const f = fakes();
      expect(await runOidcClient(f.call, ['logo', '--client', 'svc-1', '--file', '/tmp/l.jpeg'], f.out, f.logos)).toBe(
        0,
      );
      expect(f.calls.at(-1)).toEqual({
        fn: 'oidc',
        action: 'clientSetLogo',
        input: { clientId: 'svc-1', logoUploadId: UPLOAD_ID },
      });
      expect(f.lines[0]).toContain('svc-1');
    });

    it('prints the usage, uploading nothing, when the client or the file is missing', async () => {
      for (const args of [
        ['logo', '--file', '/tmp/l.png'],
        ['logo', '--client', 'svc-1'],
      ]) {
        const f = fakes();
        expect(await runOidcClient(f.call, args, f.out, f.logos)).toBe(2);
        expect(f.lines).toEqual([OIDC_CLIENT_USAGE]);
        expect(f.calls).toEqual([]);
      }
    });
  });

  it('names both logo forms in its usage text', () => {
    expect(OIDC_CLIENT_USAGE).toContain('[--logo <png/jpeg file');
    expect(OIDC_CLIENT_USAGE).toContain('oidc-client logo --client <client id> --file <png/jpeg file');
  });
});
