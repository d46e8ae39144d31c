import * as scripts from '../element-scripts';
import { list, str, strList } from '../params';
import { ProtocolError, unsupported } from '../protocol';
import { toDomSelector } from '../selector';
import type { MethodHandler, SessionContext } from '../session-context';
import { publicProperties } from './public-properties';
import { tap } from './tap';

/** How long an input may take to hydrate before typing into it fails with "has no input field". */
const FIELD_HYDRATION_MS = 5_000;

type ScrollMetric = 'scrollTop' | 'scrollLeft' | 'scrollWidth' | 'scrollHeight';

async function callElementFunction(ctx: SessionContext, elementId: string, name: string, args: unknown[]) {
  if (name === 'input.input' || name === 'textarea.input') {
    // In WeChat an <input> takes text as soon as it exists; on H5 Taro's web component renders its
    // inner field when it hydrates, a moment later under load. Wait for it rather than fail.
    await ctx.page
      .waitForFunction(scripts.hasField, { elementId }, { timeout: FIELD_HYDRATION_MS })
      .catch(() => undefined);
    await ctx.page.evaluate(scripts.typeInto, { elementId, value: String(args[0] ?? '') });
    return undefined;
  }
  if (name === 'scroll-view.scrollTo') {
    await ctx.page.evaluate(scripts.scrollTo, { elementId, x: Number(args[0] ?? 0), y: Number(args[1] ?? 0) });
    return undefined;
  }
  const metric = /^scroll-view\.(scrollTop|scrollLeft|scrollWidth|scrollHeight)$/.exec(name)?.[1] as ScrollMetric;
  if (metric) return ctx.page.evaluate(scripts.scrollMetric, { elementId, name: metric });
  throw unsupported(`Element.callFunction(${name})`);
}

/** `Element.*`: everything addressed by an element id handed out on this connection. */
export const elementMethods: Record<string, MethodHandler> = {
  async 'Element.getElement'(ctx, params) {
    const selector = str(params, 'selector');
    const scope = { elementId: str(params, 'elementId') };
    const [first] = await ctx.page.evaluate(scripts.queryElements, { scope, css: toDomSelector(selector), all: false });
    if (!first) throw new ProtocolError(`no element matches ${selector}`);
    return first;
  },
  async 'Element.getElements'(ctx, params) {
    const scope = { elementId: str(params, 'elementId') };
    const css = toDomSelector(str(params, 'selector'));
    return { elements: await ctx.page.evaluate(scripts.queryElements, { scope, css, all: true }) };
  },
  async 'Element.tap'(ctx, params) {
    await tap(ctx.page, str(params, 'elementId'));
    return {};
  },
  async 'Element.getDOMProperties'(ctx, params) {
    const arg = { elementId: str(params, 'elementId'), names: strList(params, 'names') };
    return { properties: await ctx.page.evaluate(scripts.domProperties, arg) };
  },
  async 'Element.getProperties'(ctx, params) {
    const elementId = str(params, 'elementId');
    const names = strList(params, 'names');
    const ref = await ctx.page.evaluate(scripts.elementRef, { elementId });
    const values = await ctx.page.evaluate(scripts.domProperties, { elementId, names });
    const properties = names.map((name, i) => (name === '__propPublic' ? publicProperties(ref.tagName) : values[i]));
    return { properties };
  },
  async 'Element.getAttributes'(ctx, params) {
    const arg = { elementId: str(params, 'elementId'), names: strList(params, 'names') };
    return { attributes: await ctx.page.evaluate(scripts.attributes, arg) };
  },
  async 'Element.getStyles'(ctx, params) {
    const arg = { elementId: str(params, 'elementId'), names: strList(params, 'names') };
    return { styles: await ctx.page.evaluate(scripts.styles, arg) };
  },
  async 'Element.getOffset'(ctx, params) {
    return ctx.page.evaluate(scripts.offset, { elementId: str(params, 'elementId') });
  },
  async 'Element.getWXML'(ctx, params) {
    const outer = params.type === 'outer';
    return { wxml: await ctx.page.evaluate(scripts.wxml, { elementId: str(params, 'elementId'), outer }) };
  },
  async 'Element.callFunction'(ctx, params) {
    const result = await callElementFunction(
      ctx,
      str(params, 'elementId'),
      str(params, 'functionName'),
      list(params, 'args'),
    );
    return { result };
  },
};
