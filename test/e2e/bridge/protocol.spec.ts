import { IMPLEMENTED_METHODS } from '../../../bridge/session';
import { ROUTE_SETTLED } from '../support/route-settled';
import { connectRaw, waitUntil } from './support/bridge-under-test';
import type { RawClient } from './support/raw-client';

jest.setTimeout(30_000);

let client: RawClient;
let pageId: number;

async function firstElement(selector: string): Promise<string> {
  const found = await client.call('Page.getElement', { pageId, selector });
  return String(found.elementId);
}

beforeAll(async () => {
  client = await connectRaw();
  await waitUntil(
    'the agreement page',
    async () => (await client.call('App.getCurrentPage')).path === 'pages/agreement/index',
  );
  pageId = Number((await client.call('App.getCurrentPage')).pageId);
});

afterAll(() => client.close());

describe('the bridge answers each method it implements, for a real page', () => {
  it('Tool.getInfo reports an SDK version automator accepts', async () => {
    expect(await client.call('Tool.getInfo')).toEqual({ SDKVersion: 'dev' });
  });

  it('App.getCurrentPage and App.getPageStack describe the page by path, query and id', async () => {
    expect(await client.call('App.getCurrentPage')).toEqual({ pageId, path: 'pages/agreement/index', query: {} });
    expect(await client.call('App.getPageStack')).toEqual({
      pageStack: [{ pageId, path: 'pages/agreement/index', query: {} }],
    });
  });

  it('Page.getElement / getElements map component tags and keep one id per element', async () => {
    const button = await client.call('Page.getElement', { pageId, selector: 'button.agreement__agree' });
    expect(button).toEqual({ elementId: expect.any(String), tagName: 'button' });
    expect(await client.call('Page.getElement', { pageId, selector: '.agreement__agree' })).toEqual(button);
    const { elements } = await client.call('Page.getElements', { pageId, selector: 'view.agreement__tab' });
    expect(elements).toEqual([
      { elementId: expect.any(String), tagName: 'view' },
      { elementId: expect.any(String), tagName: 'view' },
    ]);
    const missing = await client.send('Page.getElement', { pageId, selector: '.no-such-thing' });
    expect(missing.error?.message).toBe('no element matches .no-such-thing');
  });

  it('Page.getData gives the route and query, or one value by path', async () => {
    expect(await client.call('Page.getData', { pageId })).toEqual({
      data: { route: 'pages/agreement/index', query: {} },
    });
    expect(await client.call('Page.getData', { pageId, path: 'route' })).toEqual({ data: 'pages/agreement/index' });
  });

  it('Page.getWindowProperties reads window paths', async () => {
    const { properties } = await client.call('Page.getWindowProperties', { pageId, names: ['innerWidth'] });
    expect(properties).toEqual([390]);
  });

  it('Element.getDOMProperties / getAttributes / getStyles / getProperties / getOffset / getWXML', async () => {
    const elementId = await firstElement('.agreement__tick');
    const element = { pageId, elementId };
    const text = await client.call('Element.getDOMProperties', { ...element, names: ['innerText'] });
    expect(text.properties).toEqual([expect.stringContaining('我已阅读并同意')]);
    const attributes = await client.call('Element.getAttributes', {
      ...element,
      names: ['class', 'aria-checked', 'x'],
    });
    expect(attributes.attributes).toEqual(['agreement__tick', 'false', null]);
    const styles = await client.call('Element.getStyles', { ...element, names: ['display'] });
    expect(styles.styles).toEqual(['flex']);
    const offset = await client.call('Element.getOffset', element);
    expect(offset).toEqual({ left: expect.any(Number), top: expect.any(Number) });
    const wxml = await client.call('Element.getWXML', { ...element, type: 'outer' });
    expect(wxml.wxml).toMatch(/^<view role="checkbox" aria-checked="false" class="agreement__tick">/);
    const button = { pageId, elementId: await firstElement('button.agreement__agree') };
    const props = await client.call('Element.getProperties', { ...button, names: ['__propPublic', 'disabled'] });
    expect(props.properties).toEqual([expect.objectContaining({ disabled: true, type: true }), true]);
  });

  it('Element.getElement / getElements search inside an element', async () => {
    const tick = { pageId, elementId: await firstElement('.agreement__tick') };
    const label = await client.call('Element.getElement', { ...tick, selector: '.agreement__tick-label' });
    expect(label.tagName).toBe('view');
    const { elements } = await client.call('Element.getElements', { ...tick, selector: 'view' });
    expect((elements as unknown[]).length).toBe(2);
  });

  it('Element.tap taps like a finger', async () => {
    const tick = { pageId, elementId: await firstElement('.agreement__tick') };
    await client.call('Element.tap', tick);
    await waitUntil('the tick', async () => {
      const { attributes } = await client.call('Element.getAttributes', { ...tick, names: ['aria-checked'] });
      return (attributes as string[])[0] === 'true';
    });
    await client.call('Element.tap', tick);
  });

  it('Element.tap reaches its element when the screen moves between aiming and clicking', async () => {
    const tick = { pageId, elementId: await firstElement('.agreement__tick') };
    const checked = async () =>
      ((await client.call('Element.getAttributes', { ...tick, names: ['aria-checked'] })).attributes as string[])[0];
    const before = await checked();
    // As a section the cloud answers late would: at the press, 400 px arrive above the tick box, so
    // the release (and the click) land on what moved under the finger.
    await client.call('App.callFunction', {
      functionDeclaration: `function () {
        window.addEventListener('mousedown', function () {
          var tick = document.querySelector('.agreement__tick');
          var spacer = document.createElement('div');
          spacer.id = 'tap-shift';
          spacer.style.height = '400px';
          tick.parentNode.insertBefore(spacer, tick);
        }, { capture: true, once: true });
      }`,
    });
    await client.call('Element.tap', tick);
    await waitUntil('the tick to change', async () => (await checked()) !== before);
    await client.call('App.callFunction', {
      functionDeclaration: `function () { document.getElementById('tap-shift').remove(); }`,
    });
    await client.call('Element.tap', tick);
    await waitUntil('the tick back', async () => (await checked()) === before);
  });

  it('App.callWxMethod calls the app wx API table; App.mockWxMethod replaces and restores', async () => {
    await client.call('App.callWxMethod', { method: 'setStorageSync', args: ['probe', { n: 1 }] });
    expect(await client.call('App.callWxMethod', { method: 'getStorageSync', args: ['probe'] })).toEqual({
      result: { n: 1 },
    });
    await client.call('App.mockWxMethod', { method: 'getStorageSync', result: 'mocked' });
    expect(await client.call('App.callWxMethod', { method: 'getStorageSync', args: ['probe'] })).toEqual({
      result: 'mocked',
    });
    const declaration = 'function (key, suffix) { return this.origin(key).n + suffix }';
    await client.call('App.mockWxMethod', { method: 'getStorageSync', functionDeclaration: declaration, args: [41] });
    expect(await client.call('App.callWxMethod', { method: 'getStorageSync', args: ['probe'] })).toEqual({
      result: 42,
    });
    await client.call('App.mockWxMethod', { method: 'showModal', result: { errMsg: 'showModal:ok', confirm: true } });
    expect(await client.call('App.callWxMethod', { method: 'showModal', args: [{ title: 't' }] })).toEqual({
      result: { errMsg: 'showModal:ok', confirm: true },
    });
    await client.call('App.mockWxMethod', { method: 'getStorageSync' });
    await client.call('App.mockWxMethod', { method: 'showModal' });
    expect(await client.call('App.callWxMethod', { method: 'getStorageSync', args: ['probe'] })).toEqual({
      result: { n: 1 },
    });
    const unknown = await client.send('App.callWxMethod', { method: 'requestPayment', args: [{}] });
    expect(unknown.error?.message).toMatch(/wx\.requestPayment is not in the app's wx API table/);
  });

  it('App.callFunction runs a function in the app with its wx', async () => {
    const declaration = 'function (a, b) { return getCurrentPages().length + a + b }';
    expect(await client.call('App.callFunction', { functionDeclaration: declaration, args: [1, 2] })).toEqual({
      result: 4,
    });
  });

  it('App.enableLog streams App.logAdded; page errors arrive as App.exceptionThrown', async () => {
    await client.call('App.enableLog');
    await client.call('App.callFunction', {
      functionDeclaration:
        "function () { console.warn('from the app', 7); setTimeout(function () { throw new Error('boom') }) }",
      args: [],
    });
    await waitUntil(
      'both events',
      async () =>
        client.events.some((e) => e.method === 'App.exceptionThrown') &&
        client.events.some((e) => e.method === 'App.logAdded' && e.params.type === 'warn'),
    );
    expect(client.events).toContainEqual({
      method: 'App.logAdded',
      params: { type: 'warn', args: ['from the app', 7] },
    });
    expect(client.events).toContainEqual({
      method: 'App.exceptionThrown',
      params: { message: 'boom', stack: expect.stringContaining('boom') },
    });
  });

  it('Element.callFunction input.input sets the field and fires input events', async () => {
    await client.call('App.callFunction', {
      functionDeclaration: `function () {
        const container = document.getElementById(getCurrentPages().slice(-1)[0].path);
        const probe = document.createElement('div');
        probe.className = 'probe';
        probe.innerHTML = '<input>';
        probe.addEventListener('input', function (e) { probe.setAttribute('data-typed', e.target.value) });
        container.appendChild(probe);
      }`,
      args: [],
    });
    const probe = { pageId, elementId: await firstElement('.probe') };
    await client.call('Element.callFunction', { ...probe, functionName: 'input.input', args: ['横琴 123'] });
    const { attributes } = await client.call('Element.getAttributes', { ...probe, names: ['data-typed', 'value'] });
    expect(attributes).toEqual(['横琴 123', '横琴 123']);
    expect(await client.call('Element.getDOMProperties', { ...probe, names: ['value'] })).toEqual({
      properties: ['横琴 123'],
    });
    // Leave the page as the app made it: Taro cannot unmount a page holding foreign nodes.
    await client.call('App.callFunction', {
      functionDeclaration: "function () { document.querySelector('.probe').remove() }",
      args: [],
    });
  });

  it('App.captureScreenshot returns a PNG', async () => {
    const { data } = await client.call('App.captureScreenshot');
    expect(Buffer.from(String(data), 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('routes through App.callWxMethod: navigateTo, navigateBack, redirectTo, reLaunch', async () => {
    const current = () => client.call('App.getCurrentPage');
    const route = (method: string, option: Record<string, unknown>) =>
      client.call('App.callWxMethod', { method, args: [option] });
    const policy = '/packages/privacy/pages/policy/index';
    // Each route lands, then Taro's route timers fire (route-settled.ts): the next route waits for
    // them, as a person's next tap would; taken before, it races them (the page left behind is
    // unloaded after the next one is on the stack).
    const landed = async (what: string, path: string) => {
      await waitUntil(what, async () => (await current()).path === path);
      await waitUntil(`${what} settled`, async () => {
        const stack = (await client.call('App.getPageStack')).pageStack as unknown[];
        const { result } = await client.call('App.callFunction', {
          functionDeclaration: ROUTE_SETTLED,
          args: [stack.length],
        });
        return result === true;
      });
    };

    await route('navigateTo', { url: `${policy}?id=sdk-list` });
    await landed('the policy page', policy.slice(1));
    expect(await current()).toMatchObject({ query: { id: 'sdk-list' } });
    expect((await client.call('App.getPageStack')).pageStack).toHaveLength(2);

    await route('navigateBack', { url: null });
    await landed('back on the agreement', 'pages/agreement/index');

    await route('redirectTo', { url: `${policy}?id=user-agreement` });
    await landed('the redirect', policy.slice(1));
    expect((await client.call('App.getPageStack')).pageStack).toMatchObject([{ query: { id: 'user-agreement' } }]);

    await route('reLaunch', { url: '/pages/agreement/index' });
    await landed('the relaunch', 'pages/agreement/index');
    pageId = Number((await current()).pageId);
  });

  it('lists what it implements', () => {
    expect(IMPLEMENTED_METHODS).toEqual(expect.arrayContaining(['App.exit', 'Tool.close', 'Element.callFunction']));
  });
});

describe('methods it does not implement', () => {
  const unsupported = [
    'Page.setData',
    'Page.callMethod',
    'Page.getElementsByXpath',
    'Element.triggerEvent',
    'Element.touchstart',
    'Element.callMethod',
    'Tool.enableRemoteDebug',
    'Tool.native',
    'Made.up',
  ];

  it.each(unsupported)('%s gets a clear error at once', async (method) => {
    const started = Date.now();
    const reply = await client.send(method, { pageId });
    expect(reply.error).toEqual({ message: `${method} is not supported by the qyb automator bridge` });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('an element function it does not know gets a clear error', async () => {
    const elementId = await firstElement('.agreement__tick');
    const reply = await client.send('Element.callFunction', {
      pageId,
      elementId,
      functionName: 'swiper.swipeTo',
      args: [1],
    });
    expect(reply.error?.message).toBe(
      'Element.callFunction(swiper.swipeTo) is not supported by the qyb automator bridge',
    );
  });

  it('a stale element id gets a clear error', async () => {
    const reply = await client.send('Element.tap', { pageId, elementId: 'e999999' });
    expect(reply.error?.message).toBe('element e999999 is unknown on this connection');
  });
});

describe('exit', () => {
  it('App.exit closes the mini-program; later calls say so; Tool.close still answers', async () => {
    const other = await connectRaw();
    await other.call('App.getCurrentPage');
    expect(await other.call('App.exit')).toEqual({});
    expect((await other.send('App.getCurrentPage')).error?.message).toBe('the mini-program has exited');
    expect(await other.call('Tool.close')).toEqual({});
    other.close();
  });
});
