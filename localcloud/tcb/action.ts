/** What every action handler receives and returns. */

/** Who is calling: a function invocation's context, a dev identity, or an admin tool (no openid). */
export interface Caller {
  openid?: string;
  appid: string;
  unionid?: string;
  clientIp: string;
  /** What getWXContext() reports as SOURCE (`wx_client`, `wx_devtools`, `scf`…). */
  source: string;
}

export interface ActionRequest {
  env: string;
  body: Record<string, unknown>;
  caller: Caller;
  requestId: string;
}

export interface ActionResult {
  /** Goes to `data` of `{ requestId, data }`. */
  data?: unknown;
  /** Extra top-level fields (startTransaction's `transactionId`). */
  top?: Record<string, unknown>;
  /** A non-JSON answer (wx.openApi's protobuf bytes). */
  raw?: { body: Buffer; contentType: string };
}

export type ActionHandler = (req: ActionRequest) => ActionResult | Promise<ActionResult>;
