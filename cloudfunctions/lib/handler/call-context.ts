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
  /**
   * Left by whoever wants to know, after the action, whom the account guard found (the staff
   * action audit); the guard fills it in, so nothing looks the session up a second time. The same
   * object travels with every copy of the context.
   */
  signedIn?: GuardFinding;
}

/** What the account guard found for this call, once it has run. */
export interface GuardFinding {
  /** The guard ran. */
  checked?: true;
  /** The account of the caller's live session; unset when the guard found none, or ended it. */
  accountId?: string;
}

export type ContextSource = () => Omit<CallContext, 'requestId' | 'now' | 'sessionId' | 'signedIn'>;
