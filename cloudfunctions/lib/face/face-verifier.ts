import type { DocumentType } from '../contract/identity-document';

/**
 * Face verification (人脸核身): the device runs it and hands back a one-time result token; the
 * cloud checks that token with the verification service. Only the outcome and its time are kept,
 * never a face image (GB/T 35273: biometric data kept as a summary at most).
 */
export interface FaceCheckRequest {
  /** What the device sent back: `verifyResult` of wx.startFacialRecognitionVerify. */
  verifyResult: string;
  /** The caller's WeChat identity; the service's answer must name the same one. */
  openid: string;
  realName: string;
  documentType: DocumentType;
  documentNumber: string;
  now: Date;
}

export type FaceOutcome = 'verified' | 'mismatch' | 'cancelled' | 'service-error' | 'unsupported-document';

export interface FaceVerifier {
  readonly name: string;
  check(request: FaceCheckRequest): Promise<FaceOutcome>;
}

/** WeChat's face verification compares against the public security ID photo database. */
export const FACE_DOCUMENT_TYPES: readonly DocumentType[] = ['resident-id', 'residence-permit'];
