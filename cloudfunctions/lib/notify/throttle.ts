/**
 * Spaces calls to at most `perSecond` (per function instance): WeChat meters subscribeMessage.send,
 * and a push to everyone must not use up the quota or trip its frequency limit (45009 / 45047).
 */
export function throttle(perSecond: number, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))) {
  const gap = 1000 / perSecond;
  let next = 0;
  return async (): Promise<void> => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + gap;
    if (at > now) await sleep(at - now);
  };
}
