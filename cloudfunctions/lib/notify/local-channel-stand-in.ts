import { newId } from '../account/ids';
import { COLLECTIONS } from '../infra/collections';
import { queryStore, type DocumentStore } from '../infra/query-store';
import type { ChannelAdapter, ChannelMessage } from './channel-adapter';
import type { ChannelOutboxRecord } from './notify.records';

/** The local stand-in for SMS or email (QYB_CHANNELS=local-stand-in): records what would be sent in `channel_outbox`. */
export class LocalChannelStandIn implements ChannelAdapter {
  constructor(
    readonly name: 'sms' | 'email',
    private readonly store: DocumentStore<ChannelOutboxRecord> = queryStore(COLLECTIONS.channelOutbox),
  ) {}

  async send(message: ChannelMessage, now: number): Promise<void> {
    await this.store.insert({ _id: newId(), channel: this.name, ...message, at: now });
  }
}
