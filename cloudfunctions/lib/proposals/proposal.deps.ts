import type { GuardDeps } from '../account/account-guard';
import type { InboxRepository } from '../account/inbox.repository';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { ProposalRepository } from './proposal.repository';
import type { PushRelease } from './push-release';

export interface ProposalDeps extends GuardDeps {
  proposals: ProposalRepository;
  audit: AuditRecorder;
  inbox: InboxRepository;
  pushes: PushRelease;
}
