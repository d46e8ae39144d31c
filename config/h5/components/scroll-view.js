import { SCROLL_VIEW_CSS } from './css';
import { numberAttribute, plainComponent } from './plain';

/**
 * Taro's ScrollView without Stencil (taro-scroll-view-core), like the plain View and Text (plain.js):
 * same tag, attributes and events. Its Stencil component was the agreement's heaviest element
 * before the first text (issue 18: first-screen-cpu.ts, least main-thread CPU 103 → 90 ms with the
 * agreement's scroll region plain). Read from its attributes, as WeChat's scroll-view documents them
 * (https://developers.weixin.qq.com/miniprogram/dev/component/scroll-view.html):
 * - `scroll-x` / `scroll-y`: the axis that scrolls (the style below reads the attributes: React sets
 *   the class, which would drop a class set here; `:where` keeps the rule as weak as Taro's class);
 * - `scroll-into-view`: the id of a child to bring to the top (WeChat's alignment is "start",
 *   ScrollViewContext.scrollIntoView), smoothly when `scroll-with-animation`;
 * - `scroll-top` / `scroll-left`: a position to set;
 * - a `scroll` event with {scrollLeft, scrollTop, scrollHeight, scrollWidth} as detail, and
 *   `scrolltoupper` / `scrolltolower` within `upper-threshold` / `lower-threshold` (50 px).
 */
export class PlainScrollView extends HTMLElement {
  static get observedAttributes() {
    return ['scroll-x', 'scroll-y', 'scroll-into-view', 'scroll-top', 'scroll-left'];
  }

  constructor() {
    super();
    this.lastTop = 0;
    this.lastLeft = 0;
    // Before any listener React adds: the native event becomes Taro's, with its detail.
    this.addEventListener('scroll', (event) => this.onNativeScroll(event));
  }

  flag(name) {
    const value = this.getAttribute(name);
    return value !== null && value !== 'false';
  }

  /** How a scroll the element makes itself moves: smoothly with `scroll-with-animation`. */
  get behavior() {
    return this.flag('scroll-with-animation') ? 'smooth' : 'auto';
  }

  attributeChangedCallback(name, _old, value) {
    // scroll-x / scroll-y need nothing here: the style reads the attributes (below).
    if (name === 'scroll-x' || name === 'scroll-y') return;
    if (name === 'scroll-into-view') {
      // Set while React commits: the child it names may be inserted in the same commit.
      if (value) queueMicrotask(() => this.bringIntoView(value));
    } else if (value !== null) {
      const at = Number(value);
      if (!Number.isFinite(at)) return;
      const key = name === 'scroll-top' ? 'top' : 'left';
      this.scrollTo({ [key]: at, behavior: this.behavior });
    }
  }

  bringIntoView(id) {
    const target = this.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
    if (target) target.scrollIntoView({ behavior: this.behavior, block: 'start' });
  }

  onNativeScroll(event) {
    if (event instanceof CustomEvent) return;
    event.stopImmediatePropagation();
    const { scrollLeft, scrollTop, scrollHeight, scrollWidth, clientHeight, clientWidth } = this;
    this.dispatchEvent(new CustomEvent('scroll', { detail: { scrollLeft, scrollTop, scrollHeight, scrollWidth } }));
    const upper = numberAttribute(this, 'upper-threshold', 50);
    const lower = numberAttribute(this, 'lower-threshold', 50);
    const vertical = this.flag('scroll-y');
    const at = vertical ? scrollTop : scrollLeft;
    const before = vertical ? this.lastTop : this.lastLeft;
    const room = vertical ? scrollHeight - clientHeight : scrollWidth - clientWidth;
    const direction = vertical ? 'top' : 'left';
    if (at <= upper && before > upper) this.dispatchEvent(new CustomEvent('scrolltoupper', { detail: { direction } }));
    if (at >= room - lower && before < room - lower)
      this.dispatchEvent(new CustomEvent('scrolltolower', { detail: { direction: vertical ? 'bottom' : 'right' } }));
    this.lastTop = scrollTop;
    this.lastLeft = scrollLeft;
  }
}

export var ScrollView = /*@__PURE__*/ plainComponent('taro-scroll-view-core', PlainScrollView, SCROLL_VIEW_CSS);
