import type Element from 'miniprogram-automator/out/Element';
import type Page from 'miniprogram-automator/out/Page';
import { elementOf } from './wait';

/** An input or textarea as the automator hands it out (its typings lack `input`). */
interface InputElement {
  input(value: string): Promise<void>;
}

/**
 * Types into the field matching `selector` (name the tag: `input.register__password`). The bridge
 * waits for Taro's H5 input to hydrate its inner field, as a WeChat input takes text once it exists.
 */
export async function type(page: Page, selector: string, value: string): Promise<void> {
  await ((await elementOf(page, selector)) as unknown as InputElement).input(value);
}

/** Taps the first element matching `selector`, once there is one. */
export async function tap(page: Page, selector: string): Promise<void> {
  await (await elementOf(page, selector)).tap();
}

/** The text of the first element matching `selector`, once there is one. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return (await elementOf(page, selector)).text();
}

/** The texts of every element matching `selector` now (none yet: an empty list). */
export async function texts(page: Page, selector: string): Promise<string[]> {
  return Promise.all((await page.$$(selector)).map((element: Element) => element.text()));
}
