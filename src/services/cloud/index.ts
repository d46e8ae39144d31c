import { createCloudClient } from './client';
import { leadToAnswer } from './refusal-redirect';
import { h5Transport } from './h5-transport';
import { withSessionHandle } from './session-transport';
import { weappTransport } from './weapp-transport';

/** The transport is chosen once, at build time, by the target; a refusal for want of consent or of the staff factor leads to where it is given. */
export const cloudClient = createCloudClient(
  withSessionHandle(process.env.TARO_ENV === 'h5' ? h5Transport : weappTransport),
  leadToAnswer,
);
