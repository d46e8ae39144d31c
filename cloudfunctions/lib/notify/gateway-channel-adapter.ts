import type { ChannelAdapter, ChannelMessage } from './channel-adapter';

/**
 * The production SMS / email adapter: the bureau's message gateway (the government SMS platform
 * and mail relay sit behind it), configured per environment:
 * QYB_SMS_GATEWAY_URL / QYB_EMAIL_GATEWAY_URL and QYB_GATEWAY_TOKEN. Text only, no templates.
 */
export class GatewayChannelAdapter implements ChannelAdapter {
  constructor(
    readonly name: 'sms' | 'email',
    private readonly url: string,
    private readonly token: string,
    private readonly post: typeof fetch = fetch,
  ) {}

  async send(message: ChannelMessage): Promise<void> {
    const response = await this.post(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ to: message.to, subject: message.title, text: `${message.title}：${message.body}` }),
      signal: AbortSignal.timeout(2500),
    });
    if (!response.ok) throw new Error(`gateway-${response.status}`);
  }
}
