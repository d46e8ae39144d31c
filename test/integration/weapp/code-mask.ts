/**
 * Minified JS with the insides of string, template and regular-expression literals and of comments
 * blanked out (same length, same line breaks), so a search finds code, not text: the policy's
 * words "wx.chooseMedia" are not a call. Regex literals are told from division the usual way, by
 * what precedes the slash.
 */
const REGEX_AFTER = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'void',
  'delete',
  'new',
  'throw',
]);

function regexMayStart(out: string[]): boolean {
  let i = out.length - 1;
  while (i >= 0 && /\s/.test(out[i] as string)) i -= 1;
  if (i < 0) return true;
  const c = out[i] as string;
  if (REGEX_AFTER.has(c)) return true;
  if (!/[\w$]/.test(c)) return false;
  let j = i;
  while (j >= 0 && /[\w$]/.test(out[j] as string)) j -= 1;
  return REGEX_AFTER_WORDS.has(out.slice(j + 1, i + 1).join(''));
}

export function codeMask(source: string): string {
  const out: string[] = [];
  const blank = (c: string) => (c === '\n' ? '\n' : ' ');
  /** Brace depth at which each open `${` of a template literal resumes the template. */
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  const template = () => {
    // Inside a template literal: until the closing backtick or a `${`.
    while (i < source.length) {
      const c = source[i] as string;
      if (c === '\\') {
        out.push(' ', blank(source[i + 1] ?? ''));
        i += 2;
      } else if (c === '`') {
        out.push('`');
        i += 1;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        out.push('$', '{');
        i += 2;
        templates.push(depth);
        depth += 1;
        return;
      } else {
        out.push(blank(c));
        i += 1;
      }
    }
  };
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '"' || c === "'") {
      out.push(c);
      i += 1;
      while (i < source.length && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') {
          out.push(' ');
          i += 1;
        }
        out.push(blank(source[i] ?? ''));
        i += 1;
      }
      if (i < source.length) out.push(source[i] as string);
      i += 1;
    } else if (c === '`') {
      out.push('`');
      i += 1;
      template();
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') {
        out.push(' ');
        i += 1;
      }
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      for (; i < stop; i += 1) out.push(blank(source[i] as string));
    } else if (c === '/' && regexMayStart(out)) {
      out.push('/');
      i += 1;
      let inClass = false;
      while (i < source.length && source[i] !== '\n' && (source[i] !== '/' || inClass)) {
        if (source[i] === '\\') {
          out.push(' ');
          i += 1;
        } else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        out.push(blank(source[i] ?? ''));
        i += 1;
      }
      if (i < source.length) out.push(source[i] as string);
      i += 1;
    } else if (c === '{') {
      depth += 1;
      out.push(c);
      i += 1;
    } else if (c === '}') {
      depth -= 1;
      out.push(c);
      i += 1;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        template();
      }
    } else {
      out.push(c);
      i += 1;
    }
  }
  return out.join('');
}
