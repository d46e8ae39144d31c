import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../bridge/chromium';
import { ContextPool } from '../../../bridge/context-pool';

jest.setTimeout(60_000);

/** A page that keeps nothing of its own, and the identity headers each request arrives with. */
function startOrigin(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/whoami') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ env: req.headers['x-dev-env'], openid: req.headers['x-dev-openid'] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>pool</title><p>pool</p>');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** Everything a story could leave behind in its page or context, as the page sees it. */
const leftBehind = (page: Page) =>
  page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    name: window.name,
    history: history.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    whoami: (await (await fetch('/whoami')).json()) as unknown,
  }));

const leaveThings = (page: Page) =>
  page.evaluate(async () => {
    localStorage.setItem('left', '1');
    sessionStorage.setItem('left', '1');
    document.cookie = 'left=1; max-age=3600';
    window.name = 'left';
    history.pushState(null, '', '#/second');
    history.pushState(null, '', '#/third');
    await new Promise((resolve) => {
      const open = indexedDB.open('left');
      open.onsuccess = () => {
        open.result.close();
        resolve(null);
      };
    });
    await caches.open('left');
  });

describe('the bridge context pool', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ({ server, origin } = await startOrigin());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('lends a finished connection’s page to the next one in a new context’s state, with the new identity', async () => {
    const pool = new ContextPool(browser, origin, 10_000);
    const first = await pool.acquire({ env: 'e2e-first', openid: 'oFIRST' });
    await first.page.goto(`${origin}/`);
    const fresh = await leftBehind(first.page);
    expect(fresh).toEqual({
      localStorage: 0,
      sessionStorage: 0,
      cookie: '',
      name: '',
      history: expect.any(Number),
      indexedDB: [],
      caches: [],
      whoami: { env: 'e2e-first', openid: 'oFIRST' },
    });
    await leaveThings(first.page);
    expect(await leftBehind(first.page)).toMatchObject({
      localStorage: 1,
      sessionStorage: 1,
      cookie: 'left=1',
      name: 'left',
      history: fresh.history + 2,
      indexedDB: ['left'],
      caches: ['left'],
    });
    await first.release();

    const second = await pool.acquire({ env: 'e2e-second', openid: 'oSECOND' });
    expect(second.page).toBe(first.page);
    await second.page.goto(`${origin}/`);
    expect(await leftBehind(second.page)).toEqual({ ...fresh, whoami: { env: 'e2e-second', openid: 'oSECOND' } });
    await second.release();
    await pool.close();
  });

  it('closes, rather than lends again, a context it cannot wipe', async () => {
    const pool = new ContextPool(browser, origin, 10_000);
    const bound = await pool.acquire({ env: 'e2e-bound', openid: 'oBOUND' });
    await bound.page.goto(`${origin}/`);
    bound.spoil();
    await bound.release();
    expect(bound.page.isClosed()).toBe(true);

    const exited = await pool.acquire({ env: 'e2e-exited', openid: 'oEXITED' });
    expect(exited.page).not.toBe(bound.page);
    await exited.page.goto(`${origin}/`);
    await exited.page.close();
    await exited.release();

    const next = await pool.acquire({ env: 'e2e-next', openid: 'oNEXT' });
    expect(next.page).not.toBe(exited.page);
    expect(next.context.pages()).toHaveLength(1);
    await next.release();
    await pool.close();
    expect(next.page.isClosed()).toBe(true);
  });
});
