/**
 * CloudBase timer triggers take a seven-field cron: second minute hour day month weekday year,
 * each a value, range, list, `*` or `a/b` step within its range (定时触发器, Cron 表达式:
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.md,
 * https://docs.cloudbase.net/cli-v1/functions/trigger). Names: letters, digits, - and _, a letter
 * first, at most 60 characters.
 */
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  label: string;
  min: number;
  max: number;
  names?: string[];
  /** The first name stands for this number (JAN = 1, SUN = 0). */
  nameBase?: number;
}

const FIELDS: Field[] = [
  { label: '秒', min: 0, max: 59 },
  { label: '分钟', min: 0, max: 59 },
  { label: '小时', min: 0, max: 23 },
  { label: '日', min: 1, max: 31 },
  { label: '月', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { label: '星期', min: 0, max: 6, names: DAYS, nameBase: 0 },
  { label: '年', min: 1970, max: 2099 },
];

function value(text: string, field: Field): number | undefined {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return named + (field.nameBase ?? 0);
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= field.min && n <= field.max ? n : undefined;
}

function validPart(part: string, field: Field): boolean {
  const [base = '', step, extra] = part.split('/');
  if (extra !== undefined) return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return false;
  if (base === '*') return true;
  const [from = '', to, more] = base.split('-');
  if (more !== undefined) return false;
  const start = value(from, field);
  if (start === undefined) return false;
  if (to === undefined) return true;
  const end = value(to, field);
  return end !== undefined && end >= start;
}

/** Undefined when valid, else what is wrong (in Chinese, for the operator). */
export function cronProblem(expression: string): string | undefined {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) return `应为 7 个字段（秒 分 时 日 月 星期 年），实际 ${parts.length} 个`;
  for (const [i, field] of FIELDS.entries()) {
    const text = parts[i] ?? '';
    if (!text.split(',').every((part) => validPart(part, field)))
      return `第 ${i + 1} 位（${field.label}）“${text}”无效`;
  }
  return undefined;
}

export function triggerNameProblem(name: string): string | undefined {
  return /^[A-Za-z][A-Za-z0-9_-]{0,59}$/.test(name)
    ? undefined
    : '触发器名称须以字母开头，仅含字母、数字、- 和 _，最长 60 个字符';
}
