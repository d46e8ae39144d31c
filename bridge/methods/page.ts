import * as hook from '../app-hook';
import { queryElements } from '../element-scripts';
import { num, optStr, str, strList } from '../params';
import { ProtocolError } from '../protocol';
import { toDomSelector } from '../selector';
import type { MethodHandler } from '../session-context';

function pick(data: Record<string, unknown>, path: string | undefined): unknown {
  if (!path) return data;
  return path.split('.').reduce<unknown>((value, key) => {
    if (typeof value !== 'object' || value === null) return undefined;
    return (value as Record<string, unknown>)[key];
  }, data);
}

/** `Page.*`: elements are looked up inside the page's own container, never in pages below it. */
export const pageMethods: Record<string, MethodHandler> = {
  async 'Page.getElement'(ctx, params) {
    const selector = str(params, 'selector');
    const scope = { pageId: num(params, 'pageId') };
    const [first] = await ctx.page.evaluate(queryElements, { scope, css: toDomSelector(selector), all: false });
    if (!first) throw new ProtocolError(`no element matches ${selector}`);
    return first;
  },
  async 'Page.getElements'(ctx, params) {
    const scope = { pageId: num(params, 'pageId') };
    const css = toDomSelector(str(params, 'selector'));
    return { elements: await ctx.page.evaluate(queryElements, { scope, css, all: true }) };
  },
  async 'Page.getData'(ctx, params) {
    const data = await hook.pageData(ctx.page, num(params, 'pageId'));
    if (!data) throw new ProtocolError(`page ${String(params.pageId)} is not in the page stack`);
    return { data: pick(data, optStr(params, 'path')) };
  },
  async 'Page.getWindowProperties'(ctx, params) {
    const names = strList(params, 'names');
    const properties = await ctx.page.evaluate(
      (paths) =>
        paths.map((path) =>
          path.split('.').reduce<unknown>((value, key) => {
            if (typeof value !== 'object' || value === null) return undefined;
            return (value as Record<string, unknown>)[key];
          }, window),
        ),
      names,
    );
    return { properties };
  },
};
