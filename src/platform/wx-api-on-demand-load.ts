import { onDemandApi } from './wx-api-on-demand';

/**
 * WeChat (and Jest): the on-demand entries are in the package with the rest and are called as they
 * are, in the same tick as the tap that asked (WeChat refuses requestSubscribeMessage outside a
 * tap's handling). The browser build loads them apart: wx-api-on-demand-load.h5.ts, which Taro picks
 * for H5 (its 多端文件 convention: a `.h5.ts` file stands in for the `.ts` one of the same name;
 * https://docs.taro.zone/docs/envs#多端文件).
 */
export const onDemand = onDemandApi;

/** Nothing to load here. */
export function preloadOnDemand(): void {}
