import type { Suggest } from '../content-safety/content-safety';

/** One image sent to WeChat's asynchronous check (`media_checks`, id = WeChat's trace_id). */
export interface MediaCheckRecord {
  _id: string;
  feedbackId: string;
  fileID: string;
  /** Who is told if the image is withdrawn (null for a guest, who cannot upload today). */
  accountId: string | null;
  createdAt: number;
  suggest: Suggest | null;
  label: number | null;
  settledAt: number | null;
}
