import { ROUTES, type Route } from './navigation';

/**
 * H5: opens `route` as the first page in place of the entry page (app.config pages[0]) when the app
 * starts without a deep link. Called from app.tsx before the router mounts; Taro's H5 router (hash
 * mode) reads the page to open from the hash when it mounts, so the entry page's code is neither
 * loaded nor drawn. The hash is replaced, not pushed: Back does not lead to the entry page.
 * In WeChat the first page is always app.json's first; there the page redirects before it draws.
 */
export function openFirst(route: Route): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return;
  const { hash } = window.location;
  const entry = hash === '' || hash === '#' || hash === '#/' || hash === `#${ROUTES.home}`;
  if (entry) window.history.replaceState(window.history.state, '', `#${route}`);
}

/**
 * Runs `work` after the next frame has painted (H5: the timeout set inside requestAnimationFrame fires
 * after that frame), so the first screen is not held back by what lies below it. In WeChat the
 * render layer is another thread: a timeout is enough.
 */
export function afterFirstPaint(work: () => void): () => void {
  if (process.env.TARO_ENV === 'h5' && typeof requestAnimationFrame === 'function') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(work, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
