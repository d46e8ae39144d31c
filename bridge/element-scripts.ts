import type { ElementRef, QueryScope } from './page-runtime';

/**
 * Functions the bridge evaluates in the page (serialised by playwright: they may use only their
 * argument and the page's globals). Each reaches elements through window.__qybBridge.
 */
export function queryElements(arg: { scope: QueryScope; css: string; all: boolean }): ElementRef[] {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const root = bridge.root(arg.scope);
  const found = arg.all ? Array.from(root.querySelectorAll(arg.css)) : [root.querySelector(arg.css)];
  return found.filter((el): el is Element => el !== null).map((el) => bridge.ref(el));
}

export function domProperties(arg: { elementId: string; names: string[] }): unknown[] {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const el = bridge.node(arg.elementId);
  const field = bridge.field(el);
  return arg.names.map((name) => {
    const source: object = name === 'value' && field ? field : el;
    const value: unknown = (source as Record<string, unknown>)[name];
    return typeof value === 'function' || (typeof value === 'object' && value !== null) ? String(value) : value;
  });
}

export function attributes(arg: { elementId: string; names: string[] }): (string | null)[] {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const el = bridge.node(arg.elementId);
  return arg.names.map((name) => {
    if (name === 'class')
      return Array.from(el.classList)
        .filter((c) => c !== 'hydrated')
        .join(' ');
    if (name === 'value' && bridge.field(el)) return bridge.field(el)?.value ?? null;
    return el.getAttribute(name);
  });
}

export function styles(arg: { elementId: string; names: string[] }): string[] {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const computed = getComputedStyle(bridge.node(arg.elementId));
  return arg.names.map((name) => computed.getPropertyValue(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)));
}

export function offset(arg: { elementId: string }): { left: number; top: number } {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const rect = bridge.node(arg.elementId).getBoundingClientRect();
  return { left: rect.left + window.scrollX, top: rect.top + window.scrollY };
}

export function wxml(arg: { elementId: string; outer: boolean }): string {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const el = bridge.node(arg.elementId);
  const html = arg.outer ? el.outerHTML : el.innerHTML;
  return html.replace(/<(\/?)taro-([a-z-]+)-core\b/g, '<$1$2').replace(/ class="([^"]*)"/g, (_m, cls: string) => {
    const kept = cls.split(/\s+/).filter((c) => c && c !== 'hydrated');
    return kept.length ? ` class="${kept.join(' ')}"` : '';
  });
}

/** Whether the element's own input field is on the page yet (Taro's H5 input renders it on hydration). */
export function hasField(arg: { elementId: string }): boolean {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  return bridge.field(bridge.node(arg.elementId)) !== null;
}

export function typeInto(arg: { elementId: string; value: string }): void {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const field = bridge.field(bridge.node(arg.elementId));
  if (!field) throw new Error(`element ${arg.elementId} has no input field`);
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  field.focus();
  if (setter) setter.call(field, arg.value);
  else field.value = arg.value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: arg.value }));
}

export function clickInPage(arg: { elementId: string }): void {
  const el = window.__qybBridge?.node(arg.elementId);
  if (el instanceof HTMLElement) el.click();
  else el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

export function scrollTo(arg: { elementId: string; x: number; y: number }): void {
  const el = window.__qybBridge?.node(arg.elementId);
  el?.scrollTo(arg.x, arg.y);
}

export function scrollMetric(arg: {
  elementId: string;
  name: 'scrollTop' | 'scrollLeft' | 'scrollWidth' | 'scrollHeight';
}) {
  const el = window.__qybBridge?.node(arg.elementId);
  return el ? el[arg.name] : 0;
}

export function elementRef(arg: { elementId: string }): ElementRef {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  return bridge.ref(bridge.node(arg.elementId));
}

/** The centre of the element, scrolled into view, if a touch there would reach it; else null. */
export function tapPoint(arg: { elementId: string }): { x: number; y: number } | null {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  const el = bridge.node(arg.elementId);
  let rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  if (rect.top < 0 || rect.bottom > window.innerHeight || rect.left < 0 || rect.right > window.innerWidth) {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    rect = el.getBoundingClientRect();
  }
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const hit = document.elementFromPoint(x, y);
  if (!hit || !(hit === el || el.contains(hit))) return null;
  bridge.guardTap(arg.elementId);
  return { x, y };
}

/** After a guarded tap's click: whether the page stopped it off its element (BridgeRuntime.guardTap). */
export function tapStopped(): boolean {
  const bridge = window.__qybBridge;
  if (!bridge) throw new Error('the bridge runtime is missing from the page');
  return bridge.tapStopped();
}
