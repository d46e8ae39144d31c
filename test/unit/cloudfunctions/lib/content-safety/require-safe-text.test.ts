import { SAFETY_SCENES, type TextSafety } from '../../../../../cloudfunctions/lib/content-safety/content-safety';
import { requireSafeText, requireSafeTexts } from '../../../../../cloudfunctions/lib/content-safety/require-safe-text';
import type { FormFieldSpec } from '../../../../../cloudfunctions/lib/contract/matter-form';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { formFreeText } from '../../../../../cloudfunctions/lib/requests/form-free-text';

/** WeChat's check as a stand-in: any text with 赌博 is risky. */
const safety: TextSafety = {
  checkText: async ({ text }) => ({ suggest: text.includes('赌博') ? 'risky' : 'pass', label: 100 }),
};

async function refusal(run: Promise<void>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error('expected an AppError');
  return error;
}

describe('requireSafeText', () => {
  it('names the risky field in Chinese in the message and as a stable key', async () => {
    const error = await refusal(
      requireSafeText(safety, 'o-1', SAFETY_SCENES.comment, { reportText: '正常说明', contact: '赌博网站' }),
    );
    expect(error.code).toBe('CONTENT.RISKY');
    expect(error.message).toContain('“联系方式”');
    expect(error.field).toBe('contact');
  });

  it('passes clean and empty texts', async () => {
    await expect(
      requireSafeText(safety, 'o-1', SAFETY_SCENES.comment, { feedbackText: '路灯坏了', contact: null }),
    ).resolves.toBeUndefined();
  });

  it('names a request form’s field by its label, with the key form.<field>', async () => {
    const fields: FormFieldSpec[] = [
      { key: 'scope', label: '经营范围', type: 'textarea', required: true, maxLength: 200 },
      { key: 'count', label: '人数', type: 'number', required: true, min: 1, max: 9 },
    ];
    const texts = formFreeText(fields, { scope: '小吃；赌博', count: 3 });
    const error = await refusal(requireSafeTexts(safety, 'o-1', SAFETY_SCENES.comment, texts));
    expect(error.message).toContain('“经营范围”');
    expect(error.field).toBe('form.scope');
  });
});
