import type { UniqueClaims } from '../account/unique-claims';
import type { GuardDeps } from '../account/account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { SensitiveFields } from '../account/sensitive-fields';
import type { WorkingCalendar } from '../calendar/working-days';
import type { ContentSafety } from '../content-safety/content-safety';
import type { FieldCipher } from '../crypto/field-cipher';
import type { EnterpriseRepository, GrantRepository } from '../enterprise/enterprise.repository';
import type { MatterRepository } from '../matters/matter.repository';
import type { Notifier } from '../notify/notifier';
import type { MaterialStore } from './material-store';
import type { EventRepository, RequestRepository } from './request.repository';

/** Everything the requests, enterprise and catalog use cases reach outside themselves. */
export interface RequestsDeps extends GuardDeps {
  /** Uniqueness held by the database (one pending grant per person and enterprise). */
  claims: UniqueClaims;
  matters: MatterRepository;
  requests: RequestRepository;
  events: EventRepository;
  enterprises: EnterpriseRepository;
  grants: GrantRepository;
  audit: AuditRecorder;
  notifier: Notifier;
  materials: MaterialStore;
  /** Seals request and enterprise fields (bound to record id and field name). */
  cipher: FieldCipher;
  /** Opens account fields staff need (applicant name, mobile) and computes document indexes. */
  accountFields: SensitiveFields;
  calendar: WorkingCalendar;
  safety: ContentSafety;
}
