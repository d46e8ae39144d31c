import { t } from './index';

/*
 * Text put together from parts in the UI language's punctuation: Chinese writes 账号：张三、李四
 * and 名称（代码）; English and Portuguese write "Account: a, b" and "Name (code)". A screen that
 * wrote the Chinese marks itself showed them in every language (issue 20).
 */

/** A label and its value: 用途：…, Purpose: … */
export function labelled(label: string, value: string): string {
  return `${label}${t.punctuation.colon}${value}`;
}

/** Items in a row: 甲、乙, a, b */
export function listOf(items: readonly string[]): string {
  return items.join(t.punctuation.list);
}

/** A main text and an aside in brackets: 名称（代码）, Name (code) */
export function aside(main: string, note: string): string {
  return `${main}${t.punctuation.open}${note}${t.punctuation.close}`;
}

/** Sentences of one notice in a row: 甲；乙, a; b */
export function clausesOf(items: readonly string[]): string {
  return items.join(t.punctuation.clauses);
}
