import type { OnDemandApi } from './wx-api-on-demand';

/**
 * The browser build's on-demand entries (wx-api-on-demand.ts): their chunk is fetched once, on the
 * first call or when the page is first idle after the first screen (app.tsx), whichever comes first;
 * a call before it is in waits for it. The first screen does not carry them (issue 18: Taro's
 * dialogs, pickers and file APIs were 41 KB of the scripts evaluated before the agreement's first
 * text). A file picker opened this way still counts as the tap's: browsers keep a tap's activation
 * for a while after it (the HTML standard's transient activation), and the chunk is normally in
 * long before the first tap.
 */
let loading: Promise<OnDemandApi> | undefined;

function load(): Promise<OnDemandApi> {
  loading ??= import(/* webpackChunkName: "wx-api-on-demand" */ './wx-api-on-demand').then(
    (module) => module.onDemandApi,
    (error: unknown) => {
      // A failed fetch (offline) is not kept: the next call tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Fetches the chunk when the page is next idle (at the latest 2 s on); a failure waits for the next call. */
export function preloadOnDemand(): void {
  const fetchChunk = () => void load().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchChunk, { timeout: 2000 });
  else setTimeout(fetchChunk, 500);
}

type Entry = (...args: unknown[]) => Promise<unknown>;

/** Each entry, called before its chunk is in, calls it once it is: same arguments, same answer. */
export const onDemand = new Proxy({} as OnDemandApi, {
  get:
    (_target, name: keyof OnDemandApi): Entry =>
    (...args) =>
      load().then((api) => (api[name] as Entry)(...args)),
});

/** Taro builds H5 with this file in place of wx-api-on-demand-load.ts: the same exports, checked here. */
type Replaced = typeof import('./wx-api-on-demand-load');
export type SameExports<T extends Replaced = { onDemand: typeof onDemand; preloadOnDemand: typeof preloadOnDemand }> =
  T;
