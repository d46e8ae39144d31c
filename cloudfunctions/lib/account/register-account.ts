import { deviceLabel } from '../contract/sessions';
import { RegisterInputSchema, type SignInOutput } from '../contract/account';
import { ageOn, checkDocument } from '../contract/identity-document';
import { hashPassword } from '../crypto/password';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { newId } from './ids';
import { gate, recordFailure } from './login-throttle';
import { parseInput } from '../handler/parse-input';
import { toProfileView } from './profile-view';
import { insertClaimed } from './register-claims';

const REQUIRED_DOCUMENTS = ['user-agreement', 'privacy-policy'];

/**
 * Registers an account bound to the caller's WeChat identity (§3.2.1), with the agreement and
 * privacy policy accepted in the same step (§10.3), and signs the person in.
 */
export async function registerAccount(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<SignInOutput> {
  const data = parseInput(RegisterInputSchema, input, { 'weak-password': 'ACCOUNT.WEAK_PASSWORD' });
  const now = ctx.now.getTime();

  const current = (await deps.currentPolicies(ctx.now)).filter((p) => REQUIRED_DOCUMENTS.includes(p.id));
  const accepted = current.every((p) =>
    data.consent.some((c) => c.id === p.id && c.version === p.version && c.sha256 === p.sha256),
  );
  if (current.length !== REQUIRED_DOCUMENTS.length || !accepted) throw new AppError('ACCOUNT.CONSENT_REQUIRED');

  if (await deps.bindings.get(ctx.openid)) throw new AppError('ACCOUNT.WECHAT_ALREADY_BOUND');
  // "Taken" answers say a name or document exists: they are counted per WeChat identity and
  // locked like sign-in failures, so registration cannot be used to enumerate accounts.
  const t = deps.config.throttle;
  const limits = { maxFailures: t.openidMaxFailures, lockMs: t.lockMs, delayMs: 0 };
  const probes = await deps.attempts.load(`register:${ctx.openid}`);
  if (!gate(probes, now, limits).allowed) throw new AppError('ACCOUNT.TOO_FAST');
  const taken = async (code: 'ACCOUNT.NAME_UNAVAILABLE' | 'ACCOUNT.DOCUMENT_REGISTERED') => {
    await deps.attempts.save(recordFailure(probes, now, limits));
    return new AppError(code);
  };
  if (await deps.accounts.findByName(data.accountName)) throw await taken('ACCOUNT.NAME_UNAVAILABLE');
  const documentIndex = deps.fields.documentIndex(data.document.type, data.document.number);
  // A claimant registers without the document; it is theirs once their real name is verified.
  const held = (await deps.accounts.findByDocumentIndex(documentIndex)) !== null;
  if (held && !data.claimDocument) throw await taken('ACCOUNT.DOCUMENT_REGISTERED');

  const facts = checkDocument(data.document.type, data.document.number, ctx.now).facts;
  if (!facts) throw new AppError('REQUEST.INVALID_INPUT');
  // A child under 14 registers with a guardian present (PIPL art. 31), at a service window.
  if (facts.birthDate && ageOn(facts.birthDate, ctx.now) < 14) throw new AppError('ACCOUNT.GUARDIAN_REQUIRED');

  const id = newId();
  const seal = (field: Parameters<typeof deps.fields.seal>[0], value: string) => deps.fields.seal(field, id, value);
  const account: AccountRecord = {
    _id: id,
    accountName: data.accountName,
    passwordHash: await hashPassword(data.password),
    passwordChangedAt: now,
    openid: ctx.openid,
    realName: seal('realName', data.realName),
    documentType: facts.type,
    documentRegion: facts.region,
    documentNumber: seal('documentNumber', facts.number),
    documentIndex: held ? null : documentIndex,
    claimsDocument: held ? documentIndex : null,
    birthDate: facts.birthDate ? seal('birthDate', facts.birthDate) : null,
    mobileCountryCode: data.mobile.countryCode,
    mobileNumber: seal('mobileNumber', data.mobile.number),
    mobileIndex: deps.fields.mobileIndex(data.mobile.countryCode, data.mobile.number),
    address: null,
    contact: null,
    // The number passed its structural checks (check digit, region, birth date); not yet the face.
    verificationLevel: 'document-checked',
    documentCheckedAt: now,
    faceVerifiedAt: null,
    statusState: 'active',
    statusReason: null,
    statusUntil: null,
    statusSetBy: null,
    statusSetAt: null,
    roles: ['user'],
    agreements: current.map((p) => ({ id: p.id, version: p.version, sha256: p.sha256, acceptedAt: now })),
    cancellationPending: false,
    cancellationRequestedAt: null,
    cancellationEffectiveAt: null,
    closedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await insertClaimed({ ...account, openid: ctx.openid }, deps, async () => {
    await deps.recordRegistrationConsent(data.consent, ctx);
    const details = { via: 'wechat', claimsDocument: held };
    await deps.audit.record({ at: now, actor: id, action: 'account.register', target: id, details });
  });
  const session = await deps.sessions.start(ctx.openid, id, now, deps.config.sessionMs, {
    device: deviceLabel(data.device),
    replaces: ctx.sessionId,
  });
  return {
    profile: toProfileView(account, deps.fields, now),
    sessionExpiresAt: new Date(session.expiresAt).toISOString(),
    sessionId: session._id,
    cancellationWithdrawn: false,
  };
}
