/**
 * Makes a notice's values fit WeChat's field types before sending (a value out of bounds is 47003
 * and the message is lost). Lengths count code points, as WeChat does; truncation never splits a
 * surrogate pair and marks the cut with an ellipsis. Values that cannot be made valid by cutting
 * (a number that is not a number) are refused instead.
 */
import type { FieldType, ResolvedTemplate } from '../../../config/subscription-templates';

export type Fitted = { ok: true; value: string } | { ok: false; reason: string };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const ELLIPSIS = '…';

export const FIELD_LIMITS: Record<FieldType, number> = {
  thing: 20,
  character_string: 32,
  phrase: 5,
  time: 40,
  date: 40,
  number: 32,
  name: 10,
  letter: 32,
  phone_number: 17,
  amount: 13,
};

/** The first `max` code points of `value`; when cut, the last kept one becomes an ellipsis. */
export function truncateCodePoints(value: string, max: number, mark = ELLIPSIS): string {
  const points = Array.from(value);
  if (points.length <= max) return value;
  if (max <= 0) return '';
  return points.slice(0, max - 1).join('') + (max > 1 ? mark : points[0]);
}

/** Collapses whitespace (WeChat shows one line) and drops control characters. */
function oneLine(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function shanghai(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function asTime(value: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(value)) {
    const ms = Date.parse(`${value.replace(' ', 'T')}${value.length > 10 ? ':00' : 'T00:00:00'}+08:00`);
    return Number.isFinite(ms) ? ms : null;
  }
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

export function fitField(type: FieldType, raw: string): Fitted {
  const value = oneLine(raw);
  if (value.length === 0) return { ok: false, reason: 'empty' };
  switch (type) {
    case 'thing':
      return { ok: true, value: truncateCodePoints(value, FIELD_LIMITS.thing) };
    case 'phrase':
      // Up to five characters, Chinese only in WeChat's rules: punctuation and ellipsis would be refused.
      return CJK.test(value)
        ? {
            ok: true,
            value: Array.from(value.replace(/[^\u3400-\u9fff\uf900-\ufaff]/gu, ''))
              .slice(0, 5)
              .join(''),
          }
        : { ok: false, reason: 'phrase needs Chinese characters' };
    case 'name': {
      const limit = CJK.test(value) ? FIELD_LIMITS.name : 20;
      return { ok: true, value: truncateCodePoints(value, limit) };
    }
    case 'character_string': {
      const kept = value.replace(/[^\x21-\x7e]/gu, '');
      return kept ? { ok: true, value: kept.slice(0, 32) } : { ok: false, reason: 'no letters, digits or symbols' };
    }
    case 'letter': {
      const kept = value.replace(/[^A-Za-z]/gu, '');
      return kept ? { ok: true, value: kept.slice(0, 32) } : { ok: false, reason: 'no letters' };
    }
    case 'number':
      return /^[-+]?\d+(\.\d+)?$/.test(value) && value.length <= 32
        ? { ok: true, value }
        : { ok: false, reason: 'not a number of at most 32 characters' };
    case 'phone_number':
      return /^[\d+\-() ]{1,17}$/.test(value) ? { ok: true, value } : { ok: false, reason: 'not a phone number' };
    case 'amount':
      return /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(value)
        ? { ok: true, value }
        : { ok: false, reason: 'not an amount' };
    case 'time':
    case 'date': {
      const ms = asTime(value);
      if (ms === null) return { ok: false, reason: 'not a time' };
      const text = shanghai(ms);
      return { ok: true, value: type === 'date' ? text.slice(0, 10) : text };
    }
  }
}

export interface NoticeValues {
  title: string;
  body: string;
  fields?: Record<string, string>;
}

/** The `data` of subscribeMessage.send for a notice, or why it cannot be sent. */
export function templateData(
  template: ResolvedTemplate,
  notice: NoticeValues,
  now: number,
): { ok: true; data: Record<string, { value: string }> } | { ok: false; reason: string } {
  const data: Record<string, { value: string }> = {};
  for (const field of template.fields) {
    const given =
      field.source === 'title'
        ? notice.title
        : field.source === 'body'
          ? notice.body
          : field.source === 'now'
            ? String(now)
            : notice.fields?.[field.source];
    const raw = given ?? field.fallback ?? (field.type === 'time' || field.type === 'date' ? String(now) : undefined);
    if (raw === undefined) return { ok: false, reason: `${field.key}: missing` };
    const fitted = fitField(field.type, raw);
    if (!fitted.ok) return { ok: false, reason: `${field.key}: ${fitted.reason}` };
    data[field.key] = { value: fitted.value };
  }
  return { ok: true, data };
}
