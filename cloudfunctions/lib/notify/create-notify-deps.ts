import { accountDirectory } from '../account/account-directory';
import { createGuardDeps } from '../account/create-guard-deps';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { policyConsenters } from '../consent/policy-consenters';
import { createTextSafety } from '../content-safety/create-text-safety';
import { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import { proposalRepository } from '../proposals/proposal.repository';
import { now } from '../handler/clock';
import { matterApplicants } from '../requests/matter-applicants';
import { announcementRepository } from './announcement.repository';
import { loadDeliveryDeps } from './delivery-config';
import { grantRepository } from './grant.repository';
import { messageRepository } from './message.repository';
import type { NotifyDeps } from './notify.deps';
import { preferenceRepository } from './preference.repository';
import { pushJobRepository } from './push-job.repository';
import { loadPushTimings } from './notify-settings';
import { pushRecipientRepository } from './push-recipient.repository';

/** Wires the notify use cases to the cloud; templates, channels and rates are checked here, at load. */
export function createNotifyDeps(env: Record<string, string | undefined> = process.env): NotifyDeps {
  const db = database();
  const messages = messageRepository(db);
  return {
    guard: createGuardDeps(),
    audit: createAuditRecorder(env),
    delivery: loadDeliveryDeps(env, { grants: grantRepository(db), messages }),
    messages,
    preferences: preferenceRepository(db),
    jobs: pushJobRepository(db),
    proposals: proposalRepository(queryStore(COLLECTIONS.staffProposals)),
    recipients: pushRecipientRepository(db),
    sources: {
      accounts: accountDirectory(db),
      matterApplicants: matterApplicants(db),
      policyConsenters: policyConsenters(db),
    },
    announcements: announcementRepository(db),
    safety: createTextSafety(env),
    clock: () => now().getTime(),
    ...loadPushTimings(env),
  };
}
