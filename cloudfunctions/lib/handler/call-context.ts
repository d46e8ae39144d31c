/** Who is calling and when, taken from the cloud context only — never from the event. */
export interface CallContext {
  openid: string;
  appid: string;
  unionid?: string;
  clientIp?: string;
  /** Where the call came from as the platform reports it (TCB_SOURCE, e.g. wx_client). */
  source?: string;
  env: string;
  /**
   * The session handle the device sent (`event.session`). Not identity: it only picks which of
   * this OPENID's own sessions the call belongs to, so ending one device's session ends that device.
   */
  sessionId?: string;
  requestId: string;
  now: Date;
}

export type ContextSource = () => Omit<CallContext, 'requestId' | 'now' | 'sessionId'>;
