import { FIRST_SCREEN_ID } from '../features/consent/first-screen';
import type { FirstScreenHandOver } from './first-screen';

/** Taro builds H5 with this file in place of first-screen.ts (see there): the same exports, checked at the end. */

function copy(): HTMLElement | null {
  const element = typeof document === 'undefined' ? null : document.getElementById(FIRST_SCREEN_ID);
  return element && !element.hidden ? element : null;
}

/** What the copy index.html showed holds: its tick, and a tap on either button it kept for the page. */
export function readFirstScreen(): FirstScreenHandOver | null {
  const element = copy();
  if (!element) return null;
  const pending = element.getAttribute('data-pending');
  return {
    ticked: element.querySelector('.agreement__tick')?.getAttribute('aria-checked') === 'true',
    pending: pending === 'agree' || pending === 'disagree' ? pending : null,
  };
}

/** Empties and hides the copy: called as the page's own first frame is laid out, so no frame shows neither. */
export function dropFirstScreen(): void {
  const element = copy();
  if (!element) return;
  element.hidden = true;
  element.textContent = '';
}

type Replaced = typeof import('./first-screen');
export type SameExports<
  T extends Replaced = { readFirstScreen: typeof readFirstScreen; dropFirstScreen: typeof dropFirstScreen },
> = T;
