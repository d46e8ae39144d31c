/** `wx.openApi`: protobuf CommApiData in, CommOpenApiResp bytes out (CLOUDBASE-WIRE.md §5). */
import type { InvocationContexts } from '../functions/invocation-context';
import type { ActionHandler } from '../tcb/action';
import { invalidParam } from '../tcb/cloud-error';
import { NO_PERMISSION, openApiPermission } from './openapi-permission';
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

type RawReply = { raw: { body: Buffer; contentType: string } };

function raw(bytes: Buffer): RawReply {
  return { raw: { body: bytes, contentType: 'application/octet-stream' } };
}

function reply(body: WxReply): RawReply {
  return raw(
    encodeCommOpenApiResp({
      respData: Buffer.from(JSON.stringify(body)),
      contentType: JSON_TYPE,
      errorCode: 0,
      httpCode: 200,
    }),
  );
}

/** A WeChat system error: no respData, the code in the envelope (the SDK throws it as errCode). */
function systemError(errorCode: number): RawReply {
  return raw(encodeCommOpenApiResp({ respData: Buffer.alloc(0), contentType: JSON_TYPE, errorCode, httpCode: 200 }));
}

export function openApiActions(
  subscriptions: SubscriptionService,
  contexts: InvocationContexts,
  /** Reports a refusal (the twin's log), so a missing declaration is easy to spot in `npm start`. */
  onRefused: (reason: string) => void = (reason) => console.error(`[localcloud] -604101 ${reason}`),
): Record<string, ActionHandler> {
  return {
    'wx.openApi': (req) => {
      const verdict = openApiPermission(contexts.fromBody(req.body), String(req.body.apiName));
      if (!verdict.allowed) {
        onRefused(verdict.reason);
        return systemError(NO_PERMISSION);
      }
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
