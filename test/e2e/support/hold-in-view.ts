import type MiniProgram from 'miniprogram-automator/out/MiniProgram';

/**
 * Scrolls the page so `selector` is at the top of the screen, and keeps it there while
 * saveScreenVariants re-renders the page in place. A page keeps its scroll offset over a switch of
 * 关怀模式 or the language (it does not jump to the top), but the content above moves (关怀模式's
 * larger type pushed the sessions list 374 px down; Chromium's scroll anchoring moved it back
 * 167 px), so a scroll done once showed the part tested in the first picture only. Each re-render
 * is a DOM change: the part is scrolled to at once, before the next frame is painted.
 */
const HOLD = `function (selector) {
  const toPart = () => { const part = document.querySelector(selector); if (part) part.scrollIntoView({ block: 'start' }); };
  if (window.__qybHoldInView) window.__qybHoldInView.disconnect();
  window.__qybHoldInView = new MutationObserver(toPart);
  window.__qybHoldInView.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  toPart();
}`;

const RELEASE = `function () {
  if (window.__qybHoldInView) window.__qybHoldInView.disconnect();
  window.__qybHoldInView = undefined;
}`;

/** Holds `selector` in view until the returned release is called (after the pictures). */
export async function holdInView(miniProgram: MiniProgram, selector: string): Promise<() => Promise<void>> {
  await miniProgram.evaluate(HOLD, selector);
  return async () => {
    await miniProgram.evaluate(RELEASE);
  };
}
