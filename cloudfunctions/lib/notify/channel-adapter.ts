/**
 * SMS and email behind one interface. Production adapters post to the bureau's gateway; the local
 * stand-in records what would have been sent. A person without a number or address gets nothing.
 */
export interface ChannelMessage {
  to: string;
  kind: string;
  title: string;
  body: string;
}

export interface ChannelAdapter {
  readonly name: string;
  /** Resolves when accepted; throws with a short reason when the channel refused. */
  send(message: ChannelMessage, now: number): Promise<void>;
}

/** null: the channel is not configured in this environment. */
export interface ChannelAdapters {
  sms: ChannelAdapter | null;
  email: ChannelAdapter | null;
}
