import { createCloudClient } from './client';
import { h5Transport } from './h5-transport';
import { weappTransport } from './weapp-transport';

/** The transport is chosen once, at build time, by the target. */
export const cloudClient = createCloudClient(process.env.TARO_ENV === 'h5' ? h5Transport : weappTransport);
