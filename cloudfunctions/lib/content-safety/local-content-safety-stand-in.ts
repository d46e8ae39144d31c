import { randomBytes } from 'node:crypto';
import type { ContentSafety, ImageCheck, StartedImageCheck, TextCheck, TextVerdict } from './content-safety';

/**
 * LOCAL STAND-IN, never deployed: a few words stand for what WeChat's model refuses, and an image
 * carrying the marker below stands for a risky picture. Chosen only inside the local cloud
 * (create-content-safety.ts); production always calls WeChat.
 */
export const LOCAL_RISKY_WORDS = ['赌博', '代开发票', '枪支'] as const;
/** Words WeChat would send to human review rather than refuse outright. */
export const LOCAL_REVIEW_WORDS = ['刷单'] as const;
/** Bytes that make an uploaded image "risky" here (tests put it in a JPEG comment). */
export const LOCAL_RISKY_IMAGE_MARKER = 'QYB-LOCAL-RISKY-IMAGE';
export const LOCAL_TRACE_PREFIX = 'local-stand-in:';

/** WeChat's labels for what the words stand for (20006 违法犯罪) and for a sexual image (20002). */
const CRIME_LABEL = 20006;
const SEXUAL_LABEL = 20002;

export class LocalContentSafetyStandIn implements ContentSafety {
  readonly name = 'local-stand-in';

  constructor(private readonly download: (fileID: string) => Promise<Buffer | null>) {}

  async checkText(check: TextCheck): Promise<TextVerdict> {
    if (LOCAL_RISKY_WORDS.some((word) => check.text.includes(word))) return { suggest: 'risky', label: CRIME_LABEL };
    if (LOCAL_REVIEW_WORDS.some((word) => check.text.includes(word))) return { suggest: 'review', label: CRIME_LABEL };
    return { suggest: 'pass', label: 100 };
  }

  async startImageCheck(check: ImageCheck): Promise<StartedImageCheck> {
    const traceId = `${LOCAL_TRACE_PREFIX}${randomBytes(12).toString('hex')}`;
    const bytes = await this.download(check.fileID);
    const risky = bytes !== null && bytes.includes(LOCAL_RISKY_IMAGE_MARKER);
    return {
      traceId,
      localPush: risky ? { traceId, suggest: 'risky', label: SEXUAL_LABEL } : { traceId, suggest: 'pass', label: 100 },
    };
  }
}
