/**
 * Checks subscription message data the way WeChat does (47003 on failure): each key is a template
 * field like `thing1`, each value `{ value: string }` within the limits of the field's type.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const RULES: Record<string, (v: string) => boolean> = {
  thing: (v) => [...v].length <= 20,
  short_thing: (v) => [...v].length <= 5,
  phrase: (v) => [...v].length <= 5,
  name: (v) => (CJK.test(v) ? [...v].length <= 10 : v.length <= 20),
  number: (v) => /^[-+]?\d+(\.\d+)?$/.test(v) && v.length <= 32,
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => [...v].length <= 5,
  character_string: (v) => v.length <= 32 && !CJK.test(v),
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  car_number: (v) => [...v].length <= 8,
  amount: (v) => /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  time: (v) => v.length <= 40,
  date: (v) => v.length <= 40,
};

/** Returns the reason the data is invalid, or null. */
export function checkTemplateData(data: unknown): string | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'data must be an object';
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length === 0) return 'data is empty';
  for (const [key, item] of entries) {
    const value = (item as { value?: unknown } | null)?.value;
    if (typeof value !== 'string' || value.length === 0) return `data.${key}.value must be a non-empty string`;
    const kind = key.replace(/\d+$/, '');
    const rule = RULES[kind];
    if (rule && !rule(value)) return `argument invalid! data.${key}.value invalid`;
  }
  return null;
}
