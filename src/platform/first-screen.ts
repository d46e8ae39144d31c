/**
 * The agreement's prerendered first screen (src/features/consent/first-screen-html.ts) exists only in
 * the H5 build's page (first-screen.h5.ts, which Taro builds in place of this file): in WeChat the
 * page draws itself and there is nothing to take over.
 */
export interface FirstScreenHandOver {
  /** The tick box was ticked on the copy. */
  ticked: boolean;
  /** A button tapped on the copy before the page could answer it. */
  pending: 'agree' | 'disagree' | null;
}

/** What the copy on screen holds, or null where none is showing. */
export function readFirstScreen(): FirstScreenHandOver | null {
  return null;
}

/** Takes the copy off the screen (the page has drawn its own). */
export function dropFirstScreen(): void {}
