/** The environment variable through which global-setup.ts hands the bridge's wsEndpoint to workers. */
export const BRIDGE_ENV = 'QYB_BRIDGE_WS';
