import { database } from '../infra/cloud';
import { messageRepository, type MessageRepository } from './message.repository';

/**
 * The inbox alone (`messages` through notify's message repository), for contexts that leave a
 * message without the push channels: the audit recorder (in every function) and feedback/reports.
 * People are told with push channels through `createNotifier`; no other code writes `messages`.
 */
export function cloudInbox(): MessageRepository {
  return messageRepository(database());
}
