/**
 * In the page: Taro H5's route has ended once its timers have fired (@tarojs/router dist/router/
 * page.js): the page left behind is unloaded (its container gone, so containers and stack agree) or
 * hidden (taro_page_shade), and the new one is stationed (taro_page_stationed, 300 ms after 50 ms).
 */
export const ROUTE_SETTLED = `function (stackLength) {
  const pages = Array.from(document.querySelectorAll('.taro_page'));
  const showing = pages.filter((p) => !p.classList.contains('taro_page_shade'));
  return pages.length === stackLength && showing.length === 1 && showing[0].classList.contains('taro_page_stationed');
}`;
