import { newId } from '../account/ids';
import { COLLECTIONS } from '../infra/collections';
import { documentStore, type DocumentStore } from '../infra/document-store';
import type { DeliveryDeps } from './deliver-notice';
import { deliverNotice, inboxMessage } from './deliver-notice';
import { loadDeliveryDeps } from './delivery-config';
import type { Notice, NoticeKind, Notifier } from './notifier';
import { accountsRepo, preferencesRepo } from './notify.repository';

/** One inbox message (`messages`). `page` and `fields` travel with it for the push channels. */
export interface MessageRecord {
  _id: string;
  accountId: string;
  kind: NoticeKind | string;
  title: string;
  body: string;
  page: string | null;
  fields: Record<string, string> | null;
  createdAt: number;
  readAt: number | null;
}

/** The inbox channel alone: what every notice gets. */
export function inboxNotifier(store: DocumentStore<MessageRecord> = documentStore(COLLECTIONS.messages)): Notifier {
  return {
    async notify(notice: Notice, now: number): Promise<void> {
      await store.insert(inboxMessage(notice, newId(), now));
    },
  };
}

/**
 * Every channel: the inbox always, then WeChat, SMS and email by the person's grants, preferences
 * and addresses. A channel failure never fails the caller's action (the inbox already has it).
 */
export function channelNotifier(deps: DeliveryDeps): Notifier {
  return {
    async notify(notice: Notice, now: number): Promise<void> {
      const account = await accountsRepo.get(notice.accountId);
      if (!account) return inboxNotifier().notify(notice, now);
      const prefs = await preferencesRepo.get(account._id);
      const outcome = await deliverNotice(notice, now, { account, choices: prefs?.choices, messageId: newId() }, deps);
      if (outcome.state === 'failed') {
        console.error(JSON.stringify({ level: 'warn', notice: notice.kind, channels: outcome.channels }));
      }
    },
  };
}

let shared: DeliveryDeps | undefined;

/** The notifier functions use; its channels are configured from the environment when first made. */
export function createNotifier(env: Record<string, string | undefined> = process.env): Notifier {
  shared ??= loadDeliveryDeps(env);
  return channelNotifier(shared);
}
