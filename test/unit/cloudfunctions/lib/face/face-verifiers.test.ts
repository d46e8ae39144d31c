import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { LocalFaceVerifierStandIn } from '../../../../../cloudfunctions/lib/face/local-face-verifier-stand-in';
import {
  WechatFaceVerifier,
  certHash,
  outcomeOf,
  type GetVerifyIdRequest,
  type QueryVerifyInfoRequest,
} from '../../../../../cloudfunctions/lib/face/wechat-face-verifier';
import { wechatFaceApi } from '../../../../../cloudfunctions/lib/infra/wechat-face-api';

const subject = { openid: 'oBob000000001', realName: '黄小明', idCardNumber: '440104199003071239' };
const NOW = Date.UTC(2026, 4, 1);

/**
 * A local HTTP server standing in for api.weixin.qq.com (WeChat's side cannot exist here): it
 * issues a token, a verify id for getverifyid, and answers queryverifyinfo only when out_seq_no,
 * openid and cert_hash are the ones the verify id was issued for, as WeChat says it checks.
 */
function fakeWechat(verifyRet: number) {
  const issued = new Map<string, GetVerifyIdRequest>();
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push(url.pathname);
      const answer = (value: unknown) => res.end(JSON.stringify(value));
      if (url.pathname === '/cgi-bin/stable_token') return answer({ access_token: 'TOKEN', expires_in: 7200 });
      if (url.searchParams.get('access_token') !== 'TOKEN') return answer({ errcode: 40001 });
      if (url.pathname === '/cityservice/face/identify/getverifyid') {
        const request = JSON.parse(body) as GetVerifyIdRequest;
        issued.set(`vid-${issued.size + 1}`, request);
        return answer({ errcode: 0, errmsg: 'ok', verify_id: `vid-${issued.size}`, expires_in: 3600 });
      }
      const q = JSON.parse(body) as QueryVerifyInfoRequest;
      const original = issued.get(q.verify_id);
      const consistent =
        original?.out_seq_no === q.out_seq_no &&
        original.openid === q.openid &&
        certHash(original.cert_info) === q.cert_hash;
      return answer(consistent ? { errcode: 0, verify_ret: verifyRet } : { errcode: 84001, errmsg: 'invalid' });
    });
  });
  return { server, issued, seen };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const env = { QYB_WX_APPID: 'wx0000000000000000', QYB_WX_APPSECRET: 'secret' };

describe('cert_hash', () => {
  it("is the docs' own example: base64 fields joined, SHA-256, lower-case hex", () => {
    const cert = { cert_type: 'IDENTITY_CARD' as const, cert_name: '张三', cert_no: '310101199801011234' };
    expect(certHash(cert)).toBe('3c241f7ff324977aeb91f173bb2a7b06569e6fd784d5573db34a636d8671108b');
  });
});

describe('WechatFaceVerifier over HTTP (a local server standing in for WeChat)', () => {
  let fake: ReturnType<typeof fakeWechat>;
  afterEach(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it('asks getverifyid with IDENTITY_CARD, name, number and openid, then passes on verify_ret 10000', async () => {
    fake = fakeWechat(10000);
    const verifier = new WechatFaceVerifier(wechatFaceApi(env, await listen(fake.server)));
    const started = await verifier.start(subject, NOW);
    expect(started).toEqual({
      verifyId: 'vid-1',
      outSeqNo: expect.stringMatching(/^[\w-]{5,32}$/),
      expiresAt: NOW + 3_600_000,
    });
    expect(fake.issued.get('vid-1')).toEqual({
      out_seq_no: started.outSeqNo,
      cert_info: { cert_type: 'IDENTITY_CARD', cert_name: '黄小明', cert_no: '440104199003071239' },
      openid: 'oBob000000001',
    });
    const result = await verifier.result({ subject, verifyId: started.verifyId, outSeqNo: started.outSeqNo });
    expect(result).toBe('verified');
    expect(fake.seen).toEqual([
      '/cgi-bin/stable_token',
      '/cityservice/face/identify/getverifyid',
      '/cityservice/face/identify/queryverifyinfo',
    ]);
  });

  it('reads a face that did not match as a mismatch, and a query for someone else as a service error', async () => {
    fake = fakeWechat(10004);
    const verifier = new WechatFaceVerifier(wechatFaceApi(env, await listen(fake.server)));
    const started = await verifier.start(subject, NOW);
    await expect(verifier.result({ subject, verifyId: started.verifyId, outSeqNo: started.outSeqNo })).resolves.toBe(
      'mismatch',
    );
    const other = { ...subject, realName: '陈大文' };
    await expect(
      verifier.result({ subject: other, verifyId: started.verifyId, outSeqNo: started.outSeqNo }),
    ).resolves.toBe('service-error');
  });

  it('refuses to start with FACE.UNAVAILABLE when WeChat cannot be reached, and reports the cause', async () => {
    fake = fakeWechat(10000);
    const base = await listen(fake.server);
    await new Promise<void>((resolve) => fake.server.close(() => resolve()));
    fake = fakeWechat(10000);
    const reports: { call: string; cause: string }[] = [];
    const verifier = new WechatFaceVerifier(wechatFaceApi(env, base), undefined, (call, cause) =>
      reports.push({ call, cause }),
    );
    await expect(verifier.start(subject, NOW)).rejects.toEqual(new AppError('FACE.UNAVAILABLE'));
    await expect(verifier.result({ subject, verifyId: 'v-unreachable', outSeqNo: 'o-unreachable' })).resolves.toBe(
      'service-error',
    );
    expect(reports.map((r) => r.call)).toEqual(['getVerifyId', 'queryVerifyInfo']);
    for (const r of reports) expect(r.cause).not.toContain(subject.idCardNumber);
  });
});

describe('outcomeOf (verify_ret table)', () => {
  it.each([
    [{ errcode: 0, verify_ret: 10000 }, 'verified'],
    [{ errcode: 0, verify_ret: 10003 }, 'mismatch'],
    [{ errcode: 0, verify_ret: 90002 }, 'cancelled'],
    [{ errcode: 0, verify_ret: 90008 }, 'failed'],
    [{ errcode: 0, verify_ret: 10300 }, 'unfinished'],
    [{ errcode: 84001 }, 'service-error'],
  ] as const)('%j → %s', (answer, outcome) => {
    expect(outcomeOf(answer)).toBe(outcome);
  });
});

describe('LocalFaceVerifierStandIn (the same two steps)', () => {
  it('issues a verify id and answers what the browser stand-in reported for it', async () => {
    const standIn = new LocalFaceVerifierStandIn();
    const started = await standIn.start(subject, NOW);
    expect(started.verifyId).toMatch(/^local-stand-in:[0-9a-f]{32}$/);
    expect(started.expiresAt).toBe(NOW + 3_600_000);
    const ask = (localStandIn?: 'success' | 'mismatch' | 'cancelled' | 'failed') =>
      standIn.result({ subject, verifyId: started.verifyId, outSeqNo: started.outSeqNo, localStandIn });
    await expect(ask('success')).resolves.toBe('verified');
    await expect(ask('mismatch')).resolves.toBe('mismatch');
    await expect(ask('cancelled')).resolves.toBe('cancelled');
    await expect(ask('failed')).resolves.toBe('failed');
    await expect(ask()).resolves.toBe('unfinished');
    await expect(standIn.result({ subject, verifyId: 'wx-id', outSeqNo: 'x' })).resolves.toBe('service-error');
  });
});
