import { requireAccount } from '../account/account-guard';
import { requireLevel } from '../account/assurance-level';
import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeText } from '../content-safety/require-safe-text';
import { newId } from '../account/ids';
import { parseInput } from '../handler/parse-input';
import { FindEnterpriseInputSchema, RegisterEnterpriseInputSchema, type EnterpriseView } from '../contract/enterprise';
import type { EnterpriseRef } from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { RequestsDeps } from '../requests/requests.deps';
import type { EnterpriseRecord } from './enterprise.record';
import { registryVerdict } from './enterprise-registry';
import { enterpriseSeal, managesGrants, toEnterpriseView } from './enterprise-view';
import type { AccountRecord } from '../account/account.record';

const CODES = { 'uscc-invalid': 'ENTERPRISE.USCC_INVALID' } as const;

/**
 * Registers an enterprise by its unified social credit code (GB 32100 check character), name and
 * legal representative (name and identity document, sealed; the document's blind index recognises
 * the legal representative when they sign in). The registrant needs L2, and the named legal
 * representative is checked against the business registry: a contradicted one is refused, an
 * unknown one is stored unverified (managing no grants). Registering gives no authority: acting
 * for the enterprise needs an agent grant a reviewer approves.
 */
export async function registerEnterprise(
  input: unknown,
  ctx: CallContext,
  deps: RequestsDeps,
): Promise<EnterpriseView> {
  const { account } = await requireAccount(ctx, deps, 'write');
  requireLevel(account, 'L2');
  const data = parseInput(RegisterEnterpriseInputSchema, input, CODES);
  await requireSafeText(deps.safety, ctx.openid, SAFETY_SCENES.profile, { enterpriseName: data.name });
  const existing = await deps.enterprises.findByUscc(data.uscc);
  if (existing) throw await alreadyRegistered(existing, account, deps);
  const id = newId();
  const sealed = enterpriseSeal(deps.cipher, id);
  const { name: repName, document } = data.legalRepresentative;
  const legalRepDocumentIndex = deps.accountFields.documentIndex(document.type, document.number);
  const verdict = await registryVerdict(deps.registry, data.uscc, legalRepDocumentIndex);
  if (verdict === 'contradicted') throw new AppError('ENTERPRISE.REGISTRY_MISMATCH');
  const now = ctx.now.getTime();
  const record: EnterpriseRecord = {
    _id: id,
    uscc: data.uscc,
    name: data.name,
    legalRepName: sealed.seal('legalRepName', repName),
    legalRepDocumentType: document.type,
    legalRepDocumentNumber: sealed.seal('legalRepDocumentNumber', document.number),
    legalRepDocumentIndex,
    registeredBy: account._id,
    registeredAt: now,
    // Unknown to the registry: unverified until staff check the business licence.
    verifiedBy: verdict === 'confirmed' ? 'registry' : null,
    verifiedAt: verdict === 'confirmed' ? now : null,
  };
  if (!(await deps.enterprises.insert(record))) throw new AppError('ENTERPRISE.ALREADY_REGISTERED');
  return toEnterpriseView(record, account, deps.cipher);
}

/**
 * The refusal for a code already registered. When the business registry names the caller as the
 * legal representative of a registration they do not manage (someone else registered it), the
 * refusal says they can take it over, so the screen can offer it; it tells them only about
 * themselves.
 */
async function alreadyRegistered(existing: EnterpriseRecord, account: AccountRecord, deps: RequestsDeps) {
  const index = account.documentIndex;
  if (!index || managesGrants(existing, account)) return new AppError('ENTERPRISE.ALREADY_REGISTERED');
  const verdict = await registryVerdict(deps.registry, existing.uscc, index);
  return new AppError(verdict === 'confirmed' ? 'ENTERPRISE.TAKEOVER_AVAILABLE' : 'ENTERPRISE.ALREADY_REGISTERED');
}

/** Looks an enterprise up by its code (public register information only) to ask for a grant. */
export async function findEnterprise(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<EnterpriseRef> {
  await requireAccount(ctx, deps, 'read');
  const { uscc } = parseInput(FindEnterpriseInputSchema, input, CODES);
  const found = await deps.enterprises.findByUscc(uscc);
  if (!found) throw new AppError('ENTERPRISE.NOT_FOUND');
  return { id: found._id, name: found.name, uscc: found.uscc };
}

/** Enterprises the person represents by law, and those they hold a grant for (any status). */
export async function myEnterprises(_input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<EnterpriseView[]> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const asRepresentative = account.documentIndex
    ? await deps.enterprises.byLegalRepresentative(account.documentIndex)
    : [];
  const ids = new Set(asRepresentative.map((e) => e._id));
  const viaGrants: EnterpriseRecord[] = [];
  for (const grant of await deps.grants.ofAgent(account._id)) {
    if (ids.has(grant.enterpriseId)) continue;
    ids.add(grant.enterpriseId);
    const enterprise = await deps.enterprises.get(grant.enterpriseId);
    if (enterprise) viaGrants.push(enterprise);
  }
  return [...asRepresentative, ...viaGrants].map((e) => toEnterpriseView(e, account, deps.cipher));
}
