import type { AccountDirectory } from '../account/account-directory';
import { newId } from '../account/ids';
import type { DeliveryDeps } from './deliver-notice';
import { deliverNotice, inboxMessage } from './deliver-notice';
import type { Notice, Notifier } from './notifier';
import type { PreferenceRepository } from './preference.repository';

export interface NotifierDeps {
  delivery: DeliveryDeps;
  accounts: Pick<AccountDirectory, 'get'>;
  preferences: Pick<PreferenceRepository, 'get'>;
}

/**
 * Every channel: the inbox always, then WeChat, SMS and email by the person's grants, preferences
 * and addresses. A channel failure never fails the caller's action (the inbox already has it).
 */
export function channelNotifier(deps: NotifierDeps): Notifier {
  return {
    async notify(notice: Notice, now: number): Promise<void> {
      const account = await deps.accounts.get(notice.accountId);
      if (!account) {
        await deps.delivery.messages.insert(inboxMessage(notice, newId(), now));
        return;
      }
      const prefs = await deps.preferences.get(account._id);
      const target = { account, choices: prefs?.choices, messageId: newId() };
      const outcome = await deliverNotice(notice, now, target, deps.delivery);
      if (outcome.state === 'failed') {
        console.error(JSON.stringify({ level: 'warn', notice: notice.kind, channels: outcome.channels }));
      }
    },
  };
}
