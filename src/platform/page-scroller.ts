/**
 * H5 only. Taro's router scrolls each page inside its own element (`.taro_page`, overflow-y:
 * scroll), which no keyboard can reach when the page holds nothing focusable: axe's
 * scrollable-region-focusable (WCAG 2.1.1). Each page element, as the router adds it, becomes the
 * focusable main region. The mini-program scrolls its pages natively and needs nothing here.
 */
export function makePagesFocusable(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof MutationObserver === 'undefined') return;
  const mark = (node: Node) => {
    if (!(node instanceof HTMLElement) || !node.classList.contains('taro_page')) return;
    if (node.hasAttribute('tabindex')) return;
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'main');
  };
  document.querySelectorAll('.taro_page').forEach(mark);
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(mark);
  }).observe(document.body, { childList: true, subtree: true });
}
