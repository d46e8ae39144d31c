import fc from 'fast-check';
import { FIELD_TYPES } from '../../../../../config/subscription-templates';
import { localCloudTemplates, templateForKind } from '../../../../../cloudfunctions/lib/notify/subscription-templates';
import {
  fitField,
  FIELD_LIMITS,
  templateData,
  truncateCodePoints,
} from '../../../../../cloudfunctions/lib/notify/template-fields';
import { NOTICE_KINDS } from '../../../../../cloudfunctions/lib/contract/notify';

const points = (s: string) => Array.from(s).length;
const hasLoneSurrogate = (s: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
/** Any text, with emoji and other astral characters mixed in often. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('办', '琴', '😀', '𠀋', 'a', ' ', '\n'),
    fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  ),
  maxLength: 60,
});

describe('truncateCodePoints', () => {
  it('keeps short values as they are and cuts long ones to the limit with an ellipsis', () => {
    expect(truncateCodePoints('横琴', 20)).toBe('横琴');
    expect(truncateCodePoints('一二三四五六', 5)).toBe('一二三四…');
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(truncateCodePoints('😀😀😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('property: at most `max` code points, a prefix of the input, no surrogate pair split', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (value, max) => {
        const out = truncateCodePoints(value, max);
        expect(points(out)).toBeLessThanOrEqual(max);
        if (points(value) <= max) expect(out).toBe(value);
        else expect(value.startsWith(out.slice(0, -1))).toBe(true);
        if (!hasLoneSurrogate(value)) expect(hasLoneSurrogate(out)).toBe(false);
        expect(truncateCodePoints(out, max)).toBe(out);
      }),
    );
  });
});

describe('fitField (WeChat field types)', () => {
  it('thing: at most 20 characters, on one line', () => {
    const fitted = fitField('thing', '关于横琴粤澳深度合作区商事服务局系统升级维护的通知（第二次）');
    expect(fitted).toEqual({ ok: true, value: '关于横琴粤澳深度合作区商事服务局系统升…' });
    expect(fitField('thing', '第一行\n第二行')).toEqual({ ok: true, value: '第一行 第二行' });
  });

  it('character_string keeps letters, digits and symbols (≤ 32); phrase keeps five Chinese characters', () => {
    expect(fitField('character_string', 'HQ-2026-000123 申请')).toEqual({ ok: true, value: 'HQ-2026-000123' });
    expect(fitField('character_string', 'A'.repeat(40))).toEqual({ ok: true, value: 'A'.repeat(32) });
    expect(fitField('phrase', '已受理！')).toEqual({ ok: true, value: '已受理' });
    expect(fitField('phrase', '审核通过待领取证照')).toEqual({ ok: true, value: '审核通过待' });
    expect(fitField('phrase', 'done').ok).toBe(false);
  });

  it('number, time and date are refused rather than cut when they are not what they say', () => {
    expect(fitField('number', '12.5')).toEqual({ ok: true, value: '12.5' });
    expect(fitField('number', '十二').ok).toBe(false);
    expect(fitField('number', '1'.repeat(33)).ok).toBe(false);
    expect(fitField('time', String(Date.parse('2026-11-29T01:30:00Z')))).toEqual({
      ok: true,
      value: '2026-11-29 09:30',
    });
    expect(fitField('date', '2026-12-01T00:00:00+08:00')).toEqual({ ok: true, value: '2026-12-01' });
    expect(fitField('time', 'tomorrow').ok).toBe(false);
  });

  it('name: ten Chinese characters or twenty letters', () => {
    expect(fitField('name', '欧阳娜娜娜娜娜娜娜娜娜娜')).toEqual({ ok: true, value: '欧阳娜娜娜娜娜娜娜…' });
    expect(fitField('name', 'Chan Tai Man')).toEqual({ ok: true, value: 'Chan Tai Man' });
  });

  it('property: whatever the input, an accepted value is non-empty, within the type’s limit and has no lone surrogate', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_TYPES), text, (type, value) => {
        const fitted = fitField(type, value);
        if (!fitted.ok) return;
        expect(fitted.value.length).toBeGreaterThan(0);
        const limit = type === 'name' ? 20 : FIELD_LIMITS[type];
        expect(points(fitted.value)).toBeLessThanOrEqual(limit);
        if (!hasLoneSurrogate(value)) expect(hasLoneSurrogate(fitted.value)).toBe(false);
        expect(fitted.value).not.toMatch(/[\n\r\t]/);
      }),
    );
  });
});

describe('templates', () => {
  it('every notice kind has exactly one template, ids come from the environment, long-term by configuration', () => {
    const templates = localCloudTemplates({
      QYB_TMPL_REQUEST_STATUS: 'wxTmplAbc',
      QYB_LONG_TERM_TEMPLATES: 'requestStatus',
    });
    for (const kind of NOTICE_KINDS) expect(templateForKind(templates, kind)).toBeDefined();
    const request = templateForKind(templates, 'request.status');
    expect(request).toMatchObject({ id: 'wxTmplAbc', longTerm: true });
    expect(templateForKind(templates, 'maintenance')?.longTerm).toBe(false);
    expect(() => localCloudTemplates({ QYB_LONG_TERM_TEMPLATES: 'nope' })).toThrow(/unknown template/);
    expect(() => localCloudTemplates({ QYB_TMPL_REQUEST_STATUS: 'same', QYB_TMPL_POLICY_UPDATE: 'same' })).toThrow(
      /share one id/,
    );
  });

  it('a notice becomes data WeChat accepts (the local cloud’s 47003 rules), long titles cut', () => {
    const templates = localCloudTemplates({});
    const template = templateForKind(templates, 'request.status');
    if (!template) throw new Error('no template');
    const data = templateData(
      template,
      {
        title: '企业名称变更登记（内资有限责任公司）申请书',
        body: '材料齐全，已受理。请留意后续通知。',
        fields: { number: 'HQ2026000123', status: '已受理' },
      },
      Date.parse('2026-11-29T02:00:00Z'),
    );
    expect(data).toEqual({
      ok: true,
      data: {
        character_string1: { value: 'HQ2026000123' },
        thing2: { value: '企业名称变更登记（内资有限责任公司）申…' },
        phrase3: { value: '已受理' },
        time4: { value: '2026-11-29 10:00' },
        thing5: { value: '材料齐全，已受理。请留意后续通知。' },
      },
    });
  });
});
