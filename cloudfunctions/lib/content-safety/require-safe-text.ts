import type { ContentField } from '../contract/content-fields';
import { AppError } from '../errors/app-error';
import type { SafetyScene, TextSafety } from './content-safety';

/** The fields' Chinese names, for the message on the wire (Simplified Chinese, like every message). */
const FIELD_NAMES: Record<ContentField, string> = {
  enterpriseName: '企业名称',
  pushTitle: '标题',
  pushBody: '正文',
  feedbackText: '反馈内容',
  contact: '联系方式',
  reportText: '举报说明',
  reason: '理由',
  deletionWhat: '删除内容',
  question: '问题',
};

/** One text to check: the stable key the refusal names, the field's Chinese name, the text. */
export interface CheckedText {
  field: string;
  label: string;
  text: string | null | undefined;
}

/**
 * Refuses text WeChat rates risky, telling the person which field to change: in Chinese in the
 * message, and as a stable key (`field`) for the client to name it in the UI language; WeChat's
 * label stays with us. `review` passes: WeChat leaves it to a person, and staff read everything kept here.
 */
export async function requireSafeTexts(
  safety: TextSafety,
  openid: string,
  scene: SafetyScene,
  texts: readonly CheckedText[],
): Promise<void> {
  for (const { field, label, text } of texts) {
    if (!text || !text.trim()) continue;
    const verdict = await safety.checkText({ openid, scene, text });
    if (verdict.suggest === 'risky') {
      throw new AppError('CONTENT.RISKY', `您填写的“${label}”含有不适宜的内容，请删改后再提交`, { field });
    }
  }
}

/** `requireSafeTexts` for the fixed fields (contract/content-fields.ts), in the order given. */
export function requireSafeText(
  safety: TextSafety,
  openid: string,
  scene: SafetyScene,
  fields: Partial<Record<ContentField, string | null | undefined>>,
): Promise<void> {
  const texts = (Object.keys(fields) as ContentField[]).map((field) => ({
    field,
    label: FIELD_NAMES[field],
    text: fields[field],
  }));
  return requireSafeTexts(safety, openid, scene, texts);
}
