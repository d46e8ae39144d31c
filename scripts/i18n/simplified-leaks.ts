import { Converter } from 'opencc-js';
import { MACAO_TERMS } from './macao-chinese';

const toTraditional = Converter({ from: 'cn', to: 'tw' });

/**
 * Characters that are standard Traditional Chinese yet which OpenCC's cn → tw table still rewrites
 * once their Simplified neighbours are gone: 台 and 只 (Macao prints them; MACAO_TERMS chooses them
 * over 臺 and 隻) and 干 (干擾, 干預, 干涉 are Traditional; OpenCC only knows the phrase 干扰).
 */
const TRADITIONAL_AS_WELL = new Set([
  ...MACAO_TERMS.filter(([from, to]) => from.length === 1 && to.length === 1).map(([, to]) => to),
  '干',
]);

/**
 * The Simplified-only characters in a text meant to be Traditional: where OpenCC's cn → tw
 * conversion (character for character) changes the text, a Simplified string leaked. Each finding
 * is the character with a little of its context, so a report points at the string to fix.
 */
export function simplifiedLeaks(text: string): string[] {
  const converted = toTraditional(text);
  if (converted === text) return [];
  const chars = Array.from(text);
  const out = Array.from(converted);
  if (chars.length !== out.length) return [text];
  return chars
    .map((char, i) => (char !== out[i] && !TRADITIONAL_AS_WELL.has(char) ? i : -1))
    .filter((i) => i >= 0)
    .map((i) => `${chars[i]}（${chars.slice(Math.max(0, i - 4), i + 5).join('')}）`);
}
