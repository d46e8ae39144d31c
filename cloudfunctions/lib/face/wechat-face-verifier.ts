import { createHash } from 'node:crypto';
import { AppError } from '../errors/app-error';
import type { FaceOutcome, FaceResultQuery, FaceSubject, FaceVerifier, StartedFaceCheck } from './face-verifier';
import { newOutSeqNo } from './face-verifier';

/** Body of POST /cityservice/face/identify/getverifyid (api_getverifyid). */
export interface GetVerifyIdRequest {
  out_seq_no: string;
  cert_info: { cert_type: 'IDENTITY_CARD'; cert_name: string; cert_no: string };
  openid: string;
}

export interface GetVerifyIdAnswer {
  errcode: number;
  errmsg?: string;
  verify_id?: string;
  /** Seconds; 3600 when absent. */
  expires_in?: number;
}

/** Body of POST /cityservice/face/identify/queryverifyinfo (api_queryverifyinfo). */
export interface QueryVerifyInfoRequest {
  verify_id: string;
  out_seq_no: string;
  cert_hash: string;
  openid: string;
}

export interface QueryVerifyInfoAnswer {
  errcode: number;
  errmsg?: string;
  verify_ret?: number;
}

/** WeChat's two server APIs; infra/wechat-face-api.ts calls them over HTTPS with an access token. */
export interface WechatFaceApi {
  getVerifyId(body: GetVerifyIdRequest): Promise<GetVerifyIdAnswer>;
  queryVerifyInfo(body: QueryVerifyInfoRequest): Promise<QueryVerifyInfoAnswer>;
}

const DEFAULT_EXPIRES_S = 3600;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * cert_hash as WeChat's 注意事项 define it: each cert_info value in standard base64, joined as
 * `cert_type=…&cert_name=…&cert_no=…`, SHA-256, lower-case hex (the docs' example, 张三 /
 * 310101199801011234 → 3c241f7f…, is a unit test).
 */
export function certHash(cert: GetVerifyIdRequest['cert_info']): string {
  const joined = `cert_type=${b64(cert.cert_type)}&cert_name=${b64(cert.cert_name)}&cert_no=${b64(cert.cert_no)}`;
  return createHash('sha256').update(joined, 'utf8').digest('hex');
}

/** WeChat passes only on errcode 0 and verify_ret 10000; the rest is read from the verify_ret table. */
export function outcomeOf(answer: QueryVerifyInfoAnswer): FaceOutcome {
  if (answer.errcode !== 0) return 'service-error';
  const ret = answer.verify_ret;
  if (ret === 10000) return 'verified';
  if (ret === 10003 || ret === 10004) return 'mismatch'; // ID number / face did not match
  if (ret === 10005 || ret === 10300) return 'unfinished'; // still checking / not completed
  if (ret !== undefined && ret >= 90002 && ret <= 90006) return 'cancelled';
  if (ret === 90024) return 'cancelled'; // left on the confirmation page
  return 'failed';
}

const certOf = (subject: FaceSubject): GetVerifyIdRequest['cert_info'] => ({
  cert_type: 'IDENTITY_CARD',
  cert_name: subject.realName,
  cert_no: subject.idCardNumber.toUpperCase(),
});

/**
 * Where a failed call to WeChat's face API is kept (default: the function's log). The user only
 * sees FACE.UNAVAILABLE or a service error; without this the cause was lost. Only the error's
 * name, message and WeChat's errcode are kept: the request carries the ID card number.
 */
export type FaceFailureReport = (call: string, cause: string) => void;
const toLog: FaceFailureReport = (call, cause) => console.error(`face ${call} failed: ${cause}`);
const causeOf = (error: unknown): string =>
  error instanceof Error
    ? `${error.name}: ${error.message}`
    : `errcode ${String((error as { errcode?: unknown })?.errcode)}`;

export class WechatFaceVerifier implements FaceVerifier {
  readonly name = 'wechat';

  constructor(
    private readonly api: WechatFaceApi,
    private readonly serial: () => string = newOutSeqNo,
    private readonly report: FaceFailureReport = toLog,
  ) {}

  async start(subject: FaceSubject, now: number): Promise<StartedFaceCheck> {
    const outSeqNo = this.serial();
    let answer: GetVerifyIdAnswer;
    try {
      answer = await this.api.getVerifyId({ out_seq_no: outSeqNo, cert_info: certOf(subject), openid: subject.openid });
    } catch (error) {
      this.report('getVerifyId', causeOf(error));
      throw new AppError('FACE.UNAVAILABLE');
    }
    if (answer.errcode !== 0 || !answer.verify_id) {
      this.report('getVerifyId', `errcode ${answer.errcode} ${answer.errmsg ?? ''}`.trim());
      throw new AppError('FACE.UNAVAILABLE');
    }
    const expiresIn = answer.expires_in && answer.expires_in > 0 ? answer.expires_in : DEFAULT_EXPIRES_S;
    return { verifyId: answer.verify_id, outSeqNo, expiresAt: now + expiresIn * 1000 };
  }

  async result(query: FaceResultQuery): Promise<FaceOutcome> {
    try {
      const answer = await this.api.queryVerifyInfo({
        verify_id: query.verifyId,
        out_seq_no: query.outSeqNo,
        cert_hash: certHash(certOf(query.subject)),
        openid: query.subject.openid,
      });
      return outcomeOf(answer);
    } catch (error) {
      this.report('queryVerifyInfo', causeOf(error));
      return 'service-error';
    }
  }
}
