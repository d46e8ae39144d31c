/** Who is calling and when, taken from the cloud context only — never from the event. */
export interface CallContext {
  openid: string;
  appid: string;
  unionid?: string;
  clientIp?: string;
  env: string;
  requestId: string;
  now: Date;
}

export type ContextSource = () => Omit<CallContext, 'requestId' | 'now'>;
