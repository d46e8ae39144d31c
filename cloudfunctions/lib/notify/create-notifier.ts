import { accountDirectory } from '../account/account-directory';
import { database } from '../infra/cloud';
import { loadDeliveryDeps } from './delivery-config';
import { grantRepository } from './grant.repository';
import { channelNotifier } from './inbox-notifier';
import { messageRepository } from './message.repository';
import type { Notifier } from './notifier';
import { preferenceRepository } from './preference.repository';

/** The notifier other functions use, wired to the cloud; its channels are checked from `env` here. */
export function createNotifier(env: Record<string, string | undefined> = process.env): Notifier {
  const db = database();
  const delivery = loadDeliveryDeps(env, { grants: grantRepository(db), messages: messageRepository(db) });
  return channelNotifier({ delivery, accounts: accountDirectory(db), preferences: preferenceRepository(db) });
}
