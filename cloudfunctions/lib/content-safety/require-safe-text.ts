import { AppError } from '../errors/app-error';
import type { SafetyScene, TextSafety } from './content-safety';

/**
 * Refuses text WeChat rates risky, telling the person which field to change in Chinese; the label
 * stays with us. `review` passes: WeChat leaves it to a person, and staff read everything kept here.
 */
export async function requireSafeText(
  safety: TextSafety,
  openid: string,
  scene: SafetyScene,
  fields: Record<string, string | null | undefined>,
): Promise<void> {
  for (const [fieldName, text] of Object.entries(fields)) {
    if (!text || !text.trim()) continue;
    const verdict = await safety.checkText({ openid, scene, text });
    if (verdict.suggest === 'risky') {
      throw new AppError('CONTENT.RISKY', `您填写的“${fieldName}”含有不适宜的内容，请删改后再提交`);
    }
  }
}
