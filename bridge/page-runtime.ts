/** Where a query starts: a page's container (by automator page id) or a known element. */
export interface QueryScope {
  pageId?: number;
  elementId?: string;
}

/** An element as the automator knows it: our id and its mini-program tag name. */
export interface ElementRef {
  elementId: string;
  tagName: string;
}

/** The bridge's own state inside the page: the element handles of this connection. */
export interface BridgeRuntime {
  ref(el: Element): ElementRef;
  node(elementId: string): Element;
  root(scope: QueryScope): Element;
  /** A page's `.taro_page` container; Taro sometimes reuses one made for an earlier visit to the route. */
  container(containerId: string): Element | null;
  field(el: Element): HTMLInputElement | HTMLTextAreaElement | null;
  /**
   * Arms a one-shot watch on the next click, for a tap about to click at an element's centre: a
   * click that lands outside the element (the screen moved between measuring and clicking: a section
   * that arrived from the cloud above it) is stopped before the app sees it.
   */
  guardTap(elementId: string): void;
  /** Whether the guarded click was stopped (it landed off its element); disarms the watch. */
  tapStopped(): boolean;
}

declare global {
  interface Window {
    __qybBridge?: BridgeRuntime;
  }
}

/** tsx (esbuild keepNames) wraps inner functions in `__name(...)`; give evaluated code a no-op one. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** Runs in the page before the app (an init script): element registry and scope lookup. */
export function installBridgeRuntime(): void {
  const nodes = new Map<string, Element>();
  const ids = new WeakMap<Element, string>();
  let next = 1;
  let tapWatch: { stopped: boolean; stop(): void } | null = null;
  window.__qybBridge = {
    ref(el) {
      let elementId = ids.get(el);
      if (!elementId) {
        elementId = `e${next++}`;
        ids.set(el, elementId);
        nodes.set(elementId, el);
      }
      const match = /^taro-(.+)-core$/.exec(el.localName);
      return { elementId, tagName: match ? match[1] : el.localName };
    },
    node(elementId) {
      const el = nodes.get(elementId);
      if (!el) throw new Error(`element ${elementId} is unknown on this connection`);
      if (!el.isConnected) throw new Error(`element ${elementId} is no longer on the page`);
      return el;
    },
    root(scope) {
      if (scope.elementId) return this.node(scope.elementId);
      const stack = window.__qybAutomator?.pageStack() ?? [];
      const page = scope.pageId === undefined ? stack[stack.length - 1] : stack.find((p) => p.pageId === scope.pageId);
      if (!page) throw new Error(`page ${String(scope.pageId)} is not in the page stack`);
      const container = this.container(page.containerId);
      if (!container) throw new Error(`page ${page.path} has no container on screen`);
      return container;
    },
    container(containerId) {
      const exact = document.getElementById(containerId);
      if (exact) return exact;
      const route = containerId.replace(/\?.*$/, '');
      const same = Array.from(document.querySelectorAll('.taro_page')).filter(
        (el) => el.id.replace(/\?.*$/, '') === route,
      );
      return same[same.length - 1] ?? null;
    },
    field(el) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el;
      return el.querySelector('input, textarea');
    },
    guardTap(elementId) {
      tapWatch?.stop();
      const el = this.node(elementId);
      const watch = { stopped: false, stop: () => window.removeEventListener('click', listener, true) };
      const listener = (event: Event) => {
        watch.stop();
        if (event.target instanceof Node && el.contains(event.target)) return;
        watch.stopped = true;
        event.preventDefault();
        event.stopImmediatePropagation();
      };
      window.addEventListener('click', listener, true);
      tapWatch = watch;
    },
    tapStopped() {
      const stopped = tapWatch?.stopped ?? false;
      tapWatch?.stop();
      tapWatch = null;
      return stopped;
    },
  };
}
