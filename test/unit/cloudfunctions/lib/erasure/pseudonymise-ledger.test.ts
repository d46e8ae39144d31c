import { randomBytes } from 'node:crypto';
import { auditRecorder } from '../../../../../cloudfunctions/lib/audit/audit-recorder';
import { chainSeal } from '../../../../../cloudfunctions/lib/chain/chain-seal';
import { chainEntries } from '../../../../../cloudfunctions/lib/consent/chain-entries';
import { entryBody } from '../../../../../cloudfunctions/lib/consent/entry-body';
import type { LedgerEntry } from '../../../../../cloudfunctions/lib/consent/ledger-entry';
import { ledgerSeal } from '../../../../../cloudfunctions/lib/consent/ledger-seal';
import { verifyChain } from '../../../../../cloudfunctions/lib/consent/verify-chain';
import { pseudonymiseLedger } from '../../../../../cloudfunctions/lib/erasure/pseudonymise-ledger';
import { memoryAuditStore } from '../audit/memory-audit-store';
import { AGREEMENT_V2, ctx, grantBody } from '../consent/fixtures';
import { memoryDocs, memoryErasure } from './memory-erasure';

const seal = ledgerSeal(randomBytes(32));
const device = { brand: 'Apple', model: 'iPhone 15', system: 'iOS 18.1', platform: 'ios' };

/** A chain of a legacy entry (hashed over the raw IP) and two entries with a digest. */
function chain() {
  const decision = {
    action: 'grant' as const,
    subject: grantBody(AGREEMENT_V2).subject,
    purposes: [],
    channel: 'launch-gate' as const,
  };
  const bodies = [grantBody(AGREEMENT_V2), entryBody(ctx, { ...decision, device }), entryBody(ctx, decision)];
  return chainEntries(null, bodies, seal);
}

async function erase(entries: LedgerEntry[]) {
  const consents = memoryDocs(entries.map((e) => ({ ...e })));
  const deps = memoryErasure(auditRecorder(memoryAuditStore().store, chainSeal(randomBytes(32))), { consents });
  const counts = await pseudonymiseLedger('o-alice', 1, deps);
  return { counts, after: consents.all() as unknown as LedgerEntry[] };
}

describe('pseudonymiseLedger', () => {
  it('erases IP and device from every entry that has a digest, and the chain still verifies', async () => {
    const { entries, head } = chain();
    const { counts, after } = await erase(entries);
    expect(counts).toEqual({ pseudonymised: 2, legacy: 1 });
    expect(after.slice(1).map((e) => [e.clientIp, e.device, e.piiSalt])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(JSON.stringify(after.slice(1))).not.toContain('203.0.113.7');
    expect(verifyChain(after, head, seal)).toMatchObject({ intact: true, problems: [] });
  });

  it('still catches an edited IP before erasure, and a value put back after it', async () => {
    const { entries, head } = chain();
    const edited = entries.map((e) => (e.seq === 2 ? { ...e, clientIp: '198.51.100.9' } : e));
    expect(verifyChain(edited, head, seal)).toMatchObject({ problems: [{ seq: 2, kind: 'entry-altered' }] });
    const { after } = await erase(entries);
    const restored = after.map((e) => (e.seq === 3 ? { ...e, clientIp: '198.51.100.9' } : e));
    expect(verifyChain(restored, head, seal)).toMatchObject({ problems: [{ seq: 3, kind: 'entry-altered' }] });
  });

  it('verifies entries written before the digest as before', () => {
    const { entries, head } = chain();
    expect(entries[0]?.piiDigest).toBeUndefined();
    expect(verifyChain(entries, head, seal)).toMatchObject({ intact: true });
  });
});
