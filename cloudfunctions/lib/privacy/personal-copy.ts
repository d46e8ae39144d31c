import { requireAccount } from '../account/account-guard';
import { staffReadsOf } from '../audit/staff-reads';
import type { AccountRecord } from '../account/account.record';
import { statusView } from '../account/account-status';
import { cancellationView } from '../account/profile-view';
import { parseInput } from '../handler/parse-input';
import type { SealedField } from '../account/sensitive-fields';
import { toReceipt } from '../consent/entry-body';
import { CopyInputSchema, type PersonalCopy } from '../contract/privacy';
import { reverifyPassword } from '../account/reverify-password';
import type { CallContext } from '../handler/call-context';
import { COLLECTIONS } from '../infra/collections';
import type { PrivacyDeps } from './privacy.deps';
import { toRequestView } from './request-view';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function accountPart(account: AccountRecord, deps: PrivacyDeps, now: number): PersonalCopy['account'] {
  const open = (field: SealedField, sealed: string | null) =>
    sealed === null ? null : deps.fields.open(field, account._id, sealed);
  return {
    accountName: account.accountName,
    realName: open('realName', account.realName),
    document: {
      type: account.documentType,
      region: account.documentRegion,
      number: open('documentNumber', account.documentNumber),
      birthDate: open('birthDate', account.birthDate),
    },
    mobile: { countryCode: account.mobileCountryCode, number: open('mobileNumber', account.mobileNumber) },
    address: open('address', account.address),
    contact: open('contact', account.contact),
    verification: {
      level: account.verificationLevel,
      documentCheckedAt: iso(account.documentCheckedAt),
      faceVerifiedAt: iso(account.faceVerifiedAt),
    },
    status: statusView(account, now),
    roles: account.roles,
    createdAt: new Date(account.createdAt).toISOString(),
    passwordChangedAt: new Date(account.passwordChangedAt).toISOString(),
    cancellation: cancellationView(account),
  };
}

/**
 * A copy of everything stored about the caller (PIPL art. 45), after the password again. Every
 * read is keyed by the signed-in account or its own WeChat identity, never by the input; the
 * account's sensitive fields are shown unmasked here only. The copy itself is audited.
 */
export async function personalCopy(input: unknown, ctx: CallContext, deps: PrivacyDeps): Promise<PersonalCopy> {
  const { password } = parseInput(CopyInputSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  await reverifyPassword(account, password, ctx, deps);
  const now = ctx.now.getTime();
  const mine = { accountId: account._id };
  const [binding, chain, sessions, requests, counts, staffReads] = await Promise.all([
    account.openid ? deps.bindings.get(account.openid) : Promise.resolve(null),
    account.openid ? deps.consents.readChain(account.openid) : Promise.resolve([]),
    deps.sessions.ofAccount(account._id),
    deps.requests.ofAccount(account._id),
    Promise.all([
      deps.count(COLLECTIONS.messages, mine),
      deps.count(COLLECTIONS.messages, { ...mine, readAt: null }),
      deps.count(COLLECTIONS.feedback, mine),
      deps.count(COLLECTIONS.files, mine),
      deps.count(COLLECTIONS.serviceRequests, { applicantId: account._id }),
    ]),
    staffReadsOf(deps.auditTrail.store, account._id),
  ]);
  await deps.audit.record({ at: now, actor: account._id, action: 'privacy.copy', target: account._id, details: {} });
  const [messages, unreadMessages, feedback, files, serviceRequests] = counts;
  return {
    generatedAt: new Date(now).toISOString(),
    account: accountPart(account, deps, now),
    agreements: account.agreements.map((a) => ({ ...a, acceptedAt: new Date(a.acceptedAt).toISOString() })),
    wechat: {
      openid: account.openid,
      boundAt: iso(binding && binding.accountId === account._id ? binding.boundAt : null),
      via: binding && binding.accountId === account._id ? binding.via : null,
    },
    // The receipt leaves out the IP and device (it is also what the privacy center shows); the copy
    // is everything stored about the person, so they go back in here (PIPL art. 45).
    consents: chain.map((e) => ({ ...toReceipt(e), clientIp: e.clientIp, device: e.device })),
    sessions: sessions
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((s) => ({
        createdAt: new Date(s.createdAt).toISOString(),
        expiresAt: new Date(s.expiresAt).toISOString(),
        endedAt: iso(s.endedAt),
        endReason: s.endReason,
      })),
    requests: requests.map((r) => toRequestView(r, deps.cipher)),
    counts: { messages, unreadMessages, feedback, files, serviceRequests },
    staffReads,
  };
}
