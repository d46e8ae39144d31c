import { createElement, forwardRef, useCallback, useLayoutEffect, useRef } from 'react';
import { unstable_batchedUpdates } from 'react-dom';

/**
 * H5 (issue 18): a Taro component as a plain custom element instead of a Stencil one, and one light
 * React component instead of Taro's proxy (a class component under a forwardRef per element, its props
 * merged again into the DOM after every render). Same tag, attributes, native events and default
 * style as Taro's (@tarojs/components/lib/react/react-component-lib): string, number and boolean
 * props become dash-case attributes, `onXxx` a native `xxx` listener (never React's synthetic event),
 * `className` the class, a style object React's style. The agreement's first screen paid Stencil's
 * lifecycle and async render queue, and the proxy, for each of its ~25 views before its text showed.
 * The element class is defined before Stencil could define the tag (Stencil skips a tag already
 * defined), so every element of the tag behaves alike.
 */
export function plainComponent(tagName, ElementClass, css) {
  if (typeof customElements !== 'undefined' && !customElements.get(tagName)) {
    // Where Stencil puts a component's style: ahead of the app's stylesheets, which override it.
    const style = document.createElement('style');
    style.textContent = css;
    document.head.insertBefore(style, document.head.querySelector('link'));
    customElements.define(tagName, ElementClass);
  }
  const Component = forwardRef(function PlainComponent(props, ref) {
    const element = useRef(null);
    const setRef = useCallback(
      (el) => {
        element.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );
    useLayoutEffect(() => syncListeners(element.current, props));
    const attributes = { ref: setRef };
    for (const name in props) {
      const value = props[name];
      if (name === 'style') {
        if (typeof value !== 'string') attributes.style = value;
      } else if (name === 'dangerouslySetInnerHTML') attributes[name] = value;
      else if (!RESERVED.has(name) && !EVENT.test(name) && PRIMITIVE.has(typeof value))
        attributes[DOM_NAMES[name] ?? name.replace(/([A-Z])/g, (c) => `-${c.toLowerCase()}`)] = value;
    }
    // The class after the other attributes, where Taro's proxy puts it (the automator's WXML shows the order).
    attributes.class = props.className;
    return createElement(tagName, attributes, props.children);
  });
  Component.displayName = tagName.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
  return Component;
}

const EVENT = /^on[A-Z]/;
/** React's names of HTML attributes that are not the dashed form (tabIndex is tabindex, not tab-index). */
const DOM_NAMES = { tabIndex: 'tabindex' };
const PRIMITIVE = new Set(['string', 'number', 'boolean']);
const RESERVED = new Set(['children', 'className', 'style', 'dangerouslySetInnerHTML', 'forwardedRef']);

/** Each `onXxx` prop a native `xxx` listener on the element, as Taro's proxy attaches them; a string style as the attribute. */
function syncListeners(el, props) {
  if (!el) return;
  const listeners = el.__plainListeners || (el.__plainListeners = {});
  for (const type in listeners) {
    const handler = props[`on${type}`];
    if (handler !== listeners[type].handler) {
      el.removeEventListener(type.toLowerCase(), listeners[type]);
      delete listeners[type];
    }
  }
  for (const name in props) {
    const handler = props[name];
    if (!EVENT.test(name) || typeof handler !== 'function') continue;
    const type = name.slice(2);
    if (listeners[type]) continue;
    const listener = function (event) {
      unstable_batchedUpdates(() => handler.call(this, event));
    };
    listener.handler = handler;
    listeners[type] = listener;
    el.addEventListener(type.toLowerCase(), listener);
  }
  if (typeof props.style === 'string') el.setAttribute('style', props.style);
}

/** A numeric attribute of a plain element (a time, a threshold), or `fallback` when absent or not a number. */
export function numberAttribute(element, name, fallback) {
  const value = Number(element.getAttribute(name) ?? Number.NaN);
  return Number.isFinite(value) ? value : fallback;
}

/**
 * Taro's `hover-class` on a plain element whose `hoverClass` getter names it (none: nothing): added
 * `hover-start-time` after a touch begins while it lasts, removed `hover-stay-time` after it ends;
 * the defaults are the component's own (View 50/400 ms, Button 20/70 ms).
 */
export function hoverOnTouchStart(el, startDefault) {
  const hoverClass = el.hoverClass;
  if (!hoverClass) return;
  el.touching = true;
  setTimeout(
    () => {
      if (el.touching) el.classList.add(hoverClass);
    },
    numberAttribute(el, 'hover-start-time', startDefault),
  );
}

export function hoverOnTouchEnd(el, stayDefault) {
  const hoverClass = el.hoverClass;
  if (!hoverClass) return;
  el.touching = false;
  setTimeout(
    () => {
      if (!el.touching) el.classList.remove(hoverClass);
    },
    numberAttribute(el, 'hover-stay-time', stayDefault),
  );
}

/**
 * Taro's View without Stencil (@tarojs/components taro-view-core), read from its attributes:
 * `hover-class` while touched (after `hover-start-time`, kept `hover-stay-time` after the touch), a
 * `longpress` event after 350 ms, `animation` mirrored to `data-animation`.
 */
export class PlainView extends HTMLElement {
  static get observedAttributes() {
    return ['animation'];
  }

  constructor() {
    super();
    this.touching = false;
    this.pressStart = 0;
    this.pressTimer = undefined;
    this.addEventListener('touchstart', () => this.touchStart(), { passive: true });
    this.addEventListener('touchmove', () => clearTimeout(this.pressTimer), { passive: true });
    this.addEventListener('touchend', () => this.touchEnd(), { passive: true });
  }

  attributeChangedCallback(_name, _old, value) {
    if (value) this.setAttribute('data-animation', value);
    else this.removeAttribute('data-animation');
  }

  get hoverClass() {
    return this.getAttribute('hover-class') || undefined;
  }

  touchStart() {
    hoverOnTouchStart(this, 50);
    this.pressTimer = setTimeout(() => {
      this.dispatchEvent(new CustomEvent('longpress', { bubbles: true, composed: true, cancelable: true }));
    }, 350);
    this.pressStart = Date.now();
  }

  touchEnd() {
    if (Date.now() - this.pressStart < 350) clearTimeout(this.pressTimer);
    hoverOnTouchEnd(this, 400);
  }
}

/** Taro's Text without Stencil (taro-text-core): its attributes styled as Taro styles them; `number-of-lines` clamps. */
export class PlainText extends HTMLElement {
  static get observedAttributes() {
    return ['number-of-lines'];
  }

  attributeChangedCallback(_name, _old, value) {
    if (value) this.style.setProperty('--line-clamp', value);
    else this.style.removeProperty('--line-clamp');
  }
}
