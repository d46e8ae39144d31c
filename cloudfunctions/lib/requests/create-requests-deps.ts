import { uniqueClaims } from '../account/unique-claims';
import { createGuardDeps } from '../account/create-guard-deps';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { sensitiveFields } from '../account/sensitive-fields';
import { workingCalendar } from '../calendar/working-days';
import { createContentSafety } from '../content-safety/create-content-safety';
import { createFieldCipher } from '../crypto/field-cipher';
import { loadCryptoKeys } from '../crypto/keys';
import { enterpriseRepository, grantRepository } from '../enterprise/enterprise.repository';
import { createFilesDeps } from '../files/create-files-deps';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { MatterDefinition } from '../contract/requests';
import { checkedMatterSeed } from '../matters/matter-seed';
import { matterRepository } from '../matters/matter.repository';
import { createNotifier } from '../notify/create-notifier';
import { filesMaterialStore } from './files-material-store';
import { eventRepository, requestRepository } from './request.repository';
import type { RequestsDeps } from './requests.deps';

/** Wires the requests use cases to the cloud; throws at load if a key is missing. */
export function createRequestsDeps(env: Record<string, string | undefined> = process.env): RequestsDeps {
  const keys = loadCryptoKeys(env);
  const cipher = createFieldCipher(keys);
  // The catalog config is checked on first need (a broken config fails that call loudly; its unit
  // test fails first), not on every cold start.
  let checked: MatterDefinition[] | undefined;
  const seed = () => (checked ??= checkedMatterSeed());
  return {
    ...createGuardDeps(),
    matters: matterRepository(queryStore(COLLECTIONS.matters), seed),
    requests: requestRepository(queryStore(COLLECTIONS.serviceRequests)),
    events: eventRepository(queryStore(COLLECTIONS.requestEvents)),
    enterprises: enterpriseRepository(queryStore(COLLECTIONS.enterprises)),
    grants: grantRepository(queryStore(COLLECTIONS.agentGrants)),
    claims: uniqueClaims(queryStore(COLLECTIONS.uniqueClaims)),
    audit: createAuditRecorder(env),
    notifier: createNotifier(),
    materials: filesMaterialStore(createFilesDeps()),
    cipher,
    accountFields: sensitiveFields(cipher, keys.indexKey),
    calendar: workingCalendar(),
    safety: createContentSafety(env),
  };
}
