/**
 * The page on show, as an expression for the scripts the bridge runs inside the app: Taro H5 keeps
 * every page of the stack in the DOM and hides those underneath with `taro_page_shade`
 * (display: none); the newest visible `.taro_page` is the one on show. The screen checks, the
 * Simplified-Chinese check and the variants' switch read this one definition.
 */
export const TOP_PAGE = `(() => {
  const pages = Array.from(document.querySelectorAll('.taro_page')).filter(
    (p) => !p.classList.contains('taro_page_shade') && getComputedStyle(p).display !== 'none',
  );
  return pages[pages.length - 1] || document.body;
})()`;
