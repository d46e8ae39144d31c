import type {
  ConsentAction,
  ConsentChannel,
  ConsentPurpose,
  ConsentSubject,
  DeviceInfo,
  Guardian,
} from '../contract/consent';
import type { CallContext } from '../handler/call-context';
import type { ConsentReceipt } from '../contract/consent';
import type { EntryBody, LedgerEntry } from './ledger-entry';
import { newPiiSalt, piiDigest } from './pii-digest';

interface Decision {
  action: ConsentAction;
  subject: ConsentSubject;
  purposes: ConsentPurpose[];
  channel: ConsentChannel;
  device?: DeviceInfo;
  guardian?: Guardian;
}

/** Who, when and from where come from the call context; only the decision comes from the input. */
export function entryBody(ctx: CallContext, decision: Decision): EntryBody {
  const clientIp = ctx.clientIp ?? null;
  const device = decision.device ?? null;
  const piiSalt = newPiiSalt();
  const body: EntryBody = {
    openid: ctx.openid,
    action: decision.action,
    subject: decision.subject,
    purposes: decision.purposes,
    channel: decision.channel,
    at: ctx.now.toISOString(),
    clientIp,
    source: ctx.source ?? null,
    device,
    requestId: ctx.requestId,
    piiDigest: piiDigest(piiSalt, clientIp, device),
    piiSalt,
  };
  return decision.guardian ? { ...body, guardian: decision.guardian } : body;
}

export function toReceipt(entry: LedgerEntry): ConsentReceipt {
  const { seq, action, subject, purposes, channel, at, guardian, prevHash, hash } = entry;
  return guardian
    ? { seq, action, subject, purposes, channel, at, guardian, prevHash, hash }
    : { seq, action, subject, purposes, channel, at, prevHash, hash };
}
