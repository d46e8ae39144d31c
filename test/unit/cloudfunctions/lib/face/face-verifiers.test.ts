import { createHash } from 'node:crypto';
import { LocalFaceVerifierStandIn } from '../../../../../cloudfunctions/lib/face/local-face-verifier-stand-in';
import { WechatFaceVerifier, type FaceIdentifyInfo } from '../../../../../cloudfunctions/lib/face/wechat-face-verifier';

const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');
const now = new Date('2026-11-29T02:00:00Z');
const request = {
  verifyResult: 'token',
  openid: 'o-1',
  realName: '张三',
  documentType: 'resident-id' as const,
  documentNumber: '11010519491231002X',
  now,
};
const good: FaceIdentifyInfo = {
  errcode: 0,
  identify_ret: 0,
  openid: 'o-1',
  finish_time: now.getTime() / 1000 - 30,
  id_card_number_md5: md5('11010519491231002X'),
  name_utf8_md5: md5('张三'),
};

describe('WechatFaceVerifier', () => {
  const verifier = (info: FaceIdentifyInfo | Error) =>
    new WechatFaceVerifier(async () => {
      if (info instanceof Error) throw info;
      return info;
    });

  it('accepts a fresh result for the same person and WeChat identity', async () => {
    await expect(verifier(good).check(request)).resolves.toBe('verified');
  });

  it.each([
    ['a failed comparison', { identify_ret: 10004 }, 'mismatch'],
    ['another WeChat identity', { openid: 'o-2' }, 'mismatch'],
    ['another ID number', { id_card_number_md5: md5('440104199003071239') }, 'mismatch'],
    ['another name', { name_utf8_md5: md5('李四') }, 'mismatch'],
    ['a stale result', { finish_time: now.getTime() / 1000 - 3600 }, 'mismatch'],
    ['an API error', { errcode: 40001 }, 'service-error'],
  ])('refuses %s', async (_label, patch, outcome) => {
    await expect(verifier({ ...good, ...patch }).check(request)).resolves.toBe(outcome);
  });

  it('reports a network failure as a service error', async () => {
    await expect(verifier(new Error('timeout')).check(request)).resolves.toBe('service-error');
  });

  it('does not offer documents WeChat cannot verify', async () => {
    await expect(verifier(good).check({ ...request, documentType: 'travel-permit' })).resolves.toBe(
      'unsupported-document',
    );
  });
});

describe('LocalFaceVerifierStandIn', () => {
  it.each([
    ['local-stand-in:success', 'verified'],
    ['local-stand-in:mismatch', 'mismatch'],
    ['local-stand-in:cancelled', 'cancelled'],
    ['local-stand-in:service-error', 'service-error'],
    ['a real WeChat token', 'mismatch'],
  ])('answers %s with %s', async (verifyResult, outcome) => {
    await expect(new LocalFaceVerifierStandIn().check({ ...request, verifyResult })).resolves.toBe(outcome);
  });
});
