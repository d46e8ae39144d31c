import { BUTTON_CSS } from './css';
import { hoverOnTouchEnd, hoverOnTouchStart, plainComponent } from './plain';

/**
 * Taro's Button without Stencil (@tarojs/components 4.2.1 taro-button-core), read from its attributes:
 * `hover-class` (default `button-hover`, `none` for none) while touched, after `hover-start-time`
 * (20 ms) and for `hover-stay-time` (70 ms) after; a disabled button's click goes no further up;
 * `form-type` submit or reset sends Taro's `tarobuttonsubmit` / `tarobuttonreset` on touchend; a
 * `loading` button shows WeUI's spinner (drawn by BUTTON_CSS, where Taro adds an `<i>`). The two
 * AppButtons were the agreement's only Stencil components before its first text (issue 18). Unlike
 * Taro's it is a button to assistive technology and to the keyboard: role=button, focusable while
 * enabled, and Enter or Space clicks it, as a native <button> does.
 */
export class PlainButton extends HTMLElement {
  static get observedAttributes() {
    return ['disabled'];
  }

  constructor() {
    super();
    this.touching = false;
    this.addEventListener('click', (event) => {
      if (this.disabled) event.stopPropagation();
    });
    this.addEventListener('touchstart', () => this.touchStart(), { passive: true });
    this.addEventListener('touchend', () => this.touchEnd(), { passive: true });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      if (!this.disabled) this.click();
    });
  }

  connectedCallback() {
    if (!this.hasAttribute('role')) this.setAttribute('role', 'button');
    this.syncFocus();
  }

  attributeChangedCallback() {
    this.syncFocus();
  }

  /** A boolean attribute as Stencil reads it: present and not "false". */
  flag(name) {
    const value = this.getAttribute(name);
    return value !== null && value !== 'false';
  }

  // The properties Taro's element has (the automator's element.property reads them).
  get disabled() {
    return this.flag('disabled');
  }

  get loading() {
    return this.flag('loading');
  }

  get plain() {
    return this.flag('plain');
  }

  get type() {
    return this.getAttribute('type') ?? '';
  }

  get size() {
    return this.getAttribute('size') ?? undefined;
  }

  get formType() {
    return this.getAttribute('form-type');
  }

  syncFocus() {
    if (this.disabled) this.removeAttribute('tabindex');
    else if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '0');
  }

  get hoverClass() {
    const value = this.getAttribute('hover-class') ?? 'button-hover';
    return value === 'none' ? undefined : value;
  }

  touchStart() {
    if (!this.disabled) hoverOnTouchStart(this, 20);
  }

  touchEnd() {
    if (this.disabled) return;
    hoverOnTouchEnd(this, 70);
    const formType = this.formType;
    if (formType === 'submit' || formType === 'reset') {
      this.dispatchEvent(new CustomEvent(`tarobutton${formType}`, { bubbles: true, composed: true, cancelable: true }));
    }
  }
}

export var Button = /*@__PURE__*/ plainComponent('taro-button-core', PlainButton, BUTTON_CSS);
