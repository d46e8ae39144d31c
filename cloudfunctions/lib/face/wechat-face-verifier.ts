import { createHash } from 'node:crypto';
import type { FaceCheckRequest, FaceOutcome, FaceVerifier } from './face-verifier';
import { FACE_DOCUMENT_TYPES } from './face-verifier';

/**
 * The answer of POST https://api.weixin.qq.com/cityservice/face/identify/getinfo
 * (body `{ verify_result }`), the server-side check of wx.startFacialRecognitionVerify.
 */
export interface FaceIdentifyInfo {
  errcode: number;
  errmsg?: string;
  /** 0: the face matched the named person. */
  identify_ret?: number;
  identify_time?: number;
  openid?: string;
  /** Seconds since the epoch. */
  finish_time?: number;
  /** md5 of the ID number, a final X upper-case. */
  id_card_number_md5?: string;
  /** md5 of the UTF-8 name. */
  name_utf8_md5?: string;
}

export type FaceIdentifyApi = (verifyResult: string) => Promise<FaceIdentifyInfo>;

/** A verify result is good for one recent verification only. */
const MAX_AGE_S = 600;

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

export class WechatFaceVerifier implements FaceVerifier {
  readonly name = 'wechat';

  constructor(private readonly getInfo: FaceIdentifyApi) {}

  async check(request: FaceCheckRequest): Promise<FaceOutcome> {
    if (!FACE_DOCUMENT_TYPES.includes(request.documentType)) return 'unsupported-document';
    let info: FaceIdentifyInfo;
    try {
      info = await this.getInfo(request.verifyResult);
    } catch {
      return 'service-error';
    }
    if (info.errcode !== 0) return 'service-error';
    if (info.identify_ret !== 0) return 'mismatch';
    const fresh = typeof info.finish_time === 'number' && request.now.getTime() / 1000 - info.finish_time <= MAX_AGE_S;
    const samePerson =
      info.openid === request.openid &&
      info.id_card_number_md5?.toLowerCase() === md5(request.documentNumber.toUpperCase()) &&
      info.name_utf8_md5?.toLowerCase() === md5(request.realName);
    return fresh && samePerson ? 'verified' : 'mismatch';
  }
}
