import type { CloudTransport } from './transport';

/**
 * The browser build talks to the local cloud served from the same origin. The local cloud gives
 * the browser a dev WeChat identity (a cookie); this endpoint does not exist in production.
 */
export const h5Transport: CloudTransport = {
  async callFunction(name, event) {
    const response = await fetch(`/__dev/functions/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    const body = (await response.json()) as { result?: unknown; errMsg?: string };
    // Like wx.cloud, the local cloud answers `errMsg: "cloud.callFunction:ok"` on success.
    const failed = body.errMsg !== undefined && !body.errMsg.endsWith(':ok');
    if (!response.ok || failed) throw new Error(body.errMsg ?? `HTTP ${response.status}`);
    return body.result;
  },
};
