import type { MethodHandler } from '../session-context';

/** `Tool.*`: what DevTools itself answers. `close` ends the mini-program like App.exit. */
export const toolMethods: Record<string, MethodHandler> = {
  async 'Tool.getInfo'() {
    return { SDKVersion: 'dev' };
  },
  async 'Tool.close'(ctx) {
    await ctx.exit();
    return {};
  },
};
