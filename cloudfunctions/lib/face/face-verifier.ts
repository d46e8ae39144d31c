import { randomBytes } from 'node:crypto';
import type { LocalStandInOutcome } from '../contract/account';

/**
 * Face verification (人脸核身), WeChat's two server steps around the device's one:
 * getVerifyId (name + resident ID number + openid → verify_id), wx.requestFacialVerify on the
 * device, queryVerifyInfo (verify_id → verify_ret). Only the outcome and its time are kept, never
 * a face image (GB/T 35273: biometric data kept as a summary at most).
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_getverifyid
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_queryverifyinfo
 */
export interface FaceSubject {
  /** The caller's WeChat identity: the device that runs the check must be the same one. */
  openid: string;
  realName: string;
  /** A mainland resident identity card number: the only document WeChat accepts. */
  idCardNumber: string;
}

export interface StartedFaceCheck {
  verifyId: string;
  /** Our serial number for it (out_seq_no), asked again with the result. */
  outSeqNo: string;
  /** When WeChat stops accepting the verify id (expires_in, default 3600 s). */
  expiresAt: number;
}

export interface FaceResultQuery {
  subject: FaceSubject;
  verifyId: string;
  outSeqNo: string;
  /** Only the local stand-in reads it: what the browser's stand-in chose. */
  localStandIn?: LocalStandInOutcome;
}

/**
 * verified: verify_ret 10000; mismatch: the face or the number did not match; cancelled: the person
 * left; failed: the device could not complete it (camera, network, timeout); unfinished: WeChat has
 * no result yet; service-error: WeChat's API refused or could not be reached.
 */
export type FaceOutcome = 'verified' | 'mismatch' | 'cancelled' | 'failed' | 'unfinished' | 'service-error';

export interface FaceVerifier {
  readonly name: string;
  /** Throws AppError FACE.UNAVAILABLE when WeChat gives no verify id. */
  start(subject: FaceSubject, now: number): Promise<StartedFaceCheck>;
  result(query: FaceResultQuery): Promise<FaceOutcome>;
}

/**
 * out_seq_no: 5–32 characters of digits, letters, `_` and `-`, unique per appid (getVerifyId).
 * 96 random bits make a repeat as unlikely as a collision of the verify id itself.
 */
export function newOutSeqNo(): string {
  return `qyb_${randomBytes(12).toString('hex')}`;
}
