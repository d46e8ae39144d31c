import type { FunctionEvent } from '../../../cloudfunctions/lib/contract/result';

/** How a function call leaves the device: wx.cloud in WeChat, HTTP to the local cloud in H5. */
export interface CloudTransport {
  callFunction(name: string, event: FunctionEvent): Promise<unknown>;
}
