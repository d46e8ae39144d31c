/**
 * subscribeMessage.send as WeChat answers it: 40003 bad openid, 40037 unknown template,
 * 47003 bad data, 43101 no unused grant; otherwise the message lands in the outbox.
 */
import type { Environments } from '../database/environments';
import { Subscriptions } from './subscriptions';
import { checkTemplateData } from './template-data';

const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

export interface SendParams {
  touser?: unknown;
  template_id?: unknown;
  page?: unknown;
  data?: unknown;
  miniprogram_state?: unknown;
}

export interface WxReply {
  errcode: number;
  errmsg: string;
  msgid?: number;
}

export interface SubscriptionConfig {
  /** Templates known without any grant. */
  templates?: string[];
  /** Templates whose grants are long-term (not spent by a send). */
  longTermTemplates?: string[];
}

export class SubscriptionService {
  private readonly byEnv = new Map<string, Subscriptions>();
  private readonly templates: ReadonlySet<string>;
  private readonly longTerm: ReadonlySet<string>;

  constructor(
    private readonly envs: Environments,
    config: SubscriptionConfig,
  ) {
    this.templates = new Set(config.templates ?? []);
    this.longTerm = new Set(config.longTermTemplates ?? []);
  }

  of(env: string): Subscriptions {
    let s = this.byEnv.get(env);
    if (!s) {
      s = new Subscriptions(this.envs.store(env), this.longTerm);
      this.byEnv.set(env, s);
    }
    return s;
  }

  send(env: string, p: SendParams): WxReply {
    const subs = this.of(env);
    if (typeof p.touser !== 'string' || !OPENID.test(p.touser)) {
      return { errcode: 40003, errmsg: `invalid openid` };
    }
    if (typeof p.template_id !== 'string' || !subs.isKnownTemplate(p.template_id, this.templates)) {
      return { errcode: 40037, errmsg: 'invalid template_id' };
    }
    const bad = checkTemplateData(p.data);
    if (bad) return { errcode: 47003, errmsg: bad };
    if (!subs.spendGrant(p.touser, p.template_id)) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    const msgid = subs.deliver({
      touser: p.touser,
      templateId: p.template_id,
      page: typeof p.page === 'string' ? p.page : null,
      data: p.data as Record<string, { value: string }>,
      miniprogramState: typeof p.miniprogram_state === 'string' ? p.miniprogram_state : null,
    });
    return { errcode: 0, errmsg: 'ok', msgid };
  }
}
