/** `wx.openApi`: protobuf CommApiData in, CommOpenApiResp bytes out (CLOUDBASE-WIRE.md §5). */
import type { ActionHandler } from '../tcb/action';
import { invalidParam } from '../tcb/cloud-error';
import { decodeCommApiData, encodeCommOpenApiResp } from './protobuf';
import type { SendParams, SubscriptionService, WxReply } from './subscribe-message';

const JSON_TYPE = 'application/json; charset=utf-8';

function decodePairs(pairs: Map<string, Buffer>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    try {
      out[key] = JSON.parse(value.toString());
    } catch {
      out[key] = value.toString();
    }
  }
  return out;
}

function reply(body: WxReply): { raw: { body: Buffer; contentType: string } } {
  const bytes = encodeCommOpenApiResp({
    respData: Buffer.from(JSON.stringify(body)),
    contentType: JSON_TYPE,
    errorCode: 0,
    httpCode: 200,
  });
  return { raw: { body: bytes, contentType: 'application/octet-stream' } };
}

export function openApiActions(subscriptions: SubscriptionService): Record<string, ActionHandler> {
  return {
    'wx.openApi': (req) => {
      const data = req.body.requestData;
      if (!Buffer.isBuffer(data)) throw invalidParam('requestData is missing');
      let decoded;
      try {
        decoded = decodeCommApiData(data);
      } catch (e) {
        throw invalidParam(`requestData is not a valid CommApiData: ${(e as Error).message}`);
      }
      if (req.body.apiName !== 'subscribeMessage.send') {
        throw invalidParam(`${String(req.body.apiName)} is not available in the local cloud`);
      }
      return reply(subscriptions.send(req.env, decodePairs(decoded.pairs) as SendParams));
    },
  };
}
