import { FIRST_SCREEN_ID } from '../../src/features/consent/first-screen';
import {
  FIRST_SCREEN_RULES,
  SHOW_FIRST_SCREEN,
  firstScreenVariants,
  type FirstScreenEnv,
  type FirstScreenVariant,
} from '../../src/features/consent/first-screen-html';

type ShowFirstScreen = (
  variants: Record<string, FirstScreenVariant>,
  container: HTMLElement,
  env: FirstScreenEnv,
) => string | null;

/** The H5 page's first-screen script: the very text index.html carries, made a function as the page makes it. */
const showFirstScreen = new Function(`return (${SHOW_FIRST_SCREEN});`)() as ShowFirstScreen;

/**
 * A launch as index.html starts it (jsdom): the copy's element in the body, and its script run on
 * this build's variants with `env` (by default a first launch from the entry, in 简体, no router).
 */
export function launchFirstScreen(env: Partial<FirstScreenEnv> = {}): { box: HTMLElement; shown: string | null } {
  const box = document.createElement('div');
  box.id = FIRST_SCREEN_ID;
  box.hidden = true;
  document.body.appendChild(box);
  const shown = showFirstScreen(firstScreenVariants(), box, {
    hash: '',
    storage: localStorage,
    language: 'zh-CN',
    app: null,
    ...FIRST_SCREEN_RULES,
    ...env,
  });
  return { box, shown };
}
