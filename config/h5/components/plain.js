import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js';

/**
 * H5 (issue 18): a Taro component whose element is a plain custom element instead of a Stencil one.
 * Same tag, same React proxy (props, classes, native events as Taro attaches them), same default
 * style; without Stencil's per-element lifecycle and async render queue, which the agreement's first
 * screen paid for each of its ~25 views before its text showed. Defined before Stencil could define
 * the tag (Stencil skips a tag already defined), so every element of the tag behaves alike.
 */
export function plainComponent(tagName, ElementClass, css) {
  return createReactComponent(tagName, undefined, manipulatePropsFunction, () => {
    if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
    // Where Stencil puts a component's style: ahead of the app's stylesheets, which override it.
    const style = document.createElement('style');
    style.textContent = css;
    document.head.insertBefore(style, document.head.querySelector('link'));
    customElements.define(tagName, ElementClass);
  });
}

/**
 * Taro's View without Stencil (@tarojs/components taro-view-core): `hoverClass` while touched
 * (after `hoverStartTime`, kept `hoverStayTime` after the touch), a `longpress` event after 350 ms,
 * `animation` mirrored to `data-animation`.
 */
export class PlainView extends HTMLElement {
  constructor() {
    super();
    this.hoverClass = undefined;
    this.hoverStartTime = 50;
    this.hoverStayTime = 400;
    this.touching = false;
    this.pressStart = 0;
    this.pressTimer = undefined;
    this.addEventListener('touchstart', () => this.touchStart(), { passive: true });
    this.addEventListener('touchmove', () => clearTimeout(this.pressTimer), { passive: true });
    this.addEventListener('touchend', () => this.touchEnd(), { passive: true });
  }

  get animation() {
    return this.getAttribute('animation') ?? undefined;
  }

  set animation(value) {
    for (const name of ['animation', 'data-animation']) {
      if (value) this.setAttribute(name, value);
      else this.removeAttribute(name);
    }
  }

  touchStart() {
    if (this.hoverClass) {
      this.touching = true;
      setTimeout(() => {
        if (this.touching && this.hoverClass) this.classList.add(this.hoverClass);
      }, this.hoverStartTime);
    }
    this.pressTimer = setTimeout(() => {
      this.dispatchEvent(new CustomEvent('longpress', { bubbles: true, composed: true, cancelable: true }));
    }, 350);
    this.pressStart = Date.now();
  }

  touchEnd() {
    if (Date.now() - this.pressStart < 350) clearTimeout(this.pressTimer);
    if (this.hoverClass) {
      this.touching = false;
      setTimeout(() => {
        if (!this.touching && this.hoverClass) this.classList.remove(this.hoverClass);
      }, this.hoverStayTime);
    }
  }
}

/** Taro's Text without Stencil (taro-text-core): its attributes styled as Taro styles them; `numberOfLines` clamps. */
export class PlainText extends HTMLElement {
  get numberOfLines() {
    return this.lines;
  }

  set numberOfLines(value) {
    this.lines = value;
    if (typeof value === 'number') this.style.setProperty('--line-clamp', String(value));
    else this.style.removeProperty('--line-clamp');
  }
}

/** Taro 4.2.1's own styles of the two elements (taro-view-core.js, taro-text-core.js). */
export const VIEW_CSS = 'taro-view-core{display:block}';
export const TEXT_CSS =
  'taro-text-core{user-select:none;display:inline}taro-text-core[selectable=true],taro-text-core[user-select=true]{user-select:text;display:inline-block}taro-text-core[space]{white-space:pre-wrap}taro-text-core[space=ensp]{word-spacing:.5em}taro-text-core[space=nbsp]{word-spacing:1em}taro-text-core[number-of-lines]{--line-clamp:2;word-wrap:break-word;text-overflow:ellipsis;-webkit-line-clamp:var(--line-clamp);-webkit-box-orient:vertical;display:-webkit-box;overflow:hidden}';
