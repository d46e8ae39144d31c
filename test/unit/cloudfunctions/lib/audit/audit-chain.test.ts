/** The audit chain: linked, sealed, and every kind of tampering found by verify. */
import { randomBytes } from 'node:crypto';
import type { AuditEntry, AuditEvent } from '../../../../../cloudfunctions/lib/audit/audit-entry';
import { hashAuditEntry } from '../../../../../cloudfunctions/lib/audit/audit-hash';
import { auditRecorder } from '../../../../../cloudfunctions/lib/audit/audit-recorder';
import { AuditHeadMoved } from '../../../../../cloudfunctions/lib/audit/audit-store';
import { verifyAuditChain } from '../../../../../cloudfunctions/lib/audit/verify-audit-chain';
import { chainSeal, headSealInput } from '../../../../../cloudfunctions/lib/chain/chain-seal';
import { memoryAuditStore } from './memory-audit-store';

const seal = chainSeal(randomBytes(32));

const event = (n: number): AuditEvent => ({
  at: 1_700_000_000_000 + n,
  actor: `staff-${n}`,
  action: n % 2 ? 'privacy.request-revealed' : 'account.sign-in',
  target: `account-${n}`,
  details: { n },
});

async function fiveEntries() {
  const memory = memoryAuditStore();
  const recorder = auditRecorder(memory.store, seal);
  for (let n = 1; n <= 5; n++) await recorder.record(event(n));
  return { entries: await memory.store.readChain(), head: memory.head() };
}

describe('audit chain', () => {
  it('links and seals each event after the last: an untouched chain verifies', async () => {
    const { entries, head } = await fiveEntries();
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(head).toMatchObject({ seq: 5, hash: entries[4]?.hash });
    expect(verifyAuditChain(entries, head, seal)).toEqual({
      intact: true,
      length: 5,
      firstBrokenSeq: null,
      problems: [],
    });
  });

  it('catches an entry whose content was edited', async () => {
    const { entries, head } = await fiveEntries();
    const edited = entries.map((entry) => (entry.seq === 3 ? { ...entry, actor: 'someone-else' } : entry));
    expect(verifyAuditChain(edited, head, seal)).toMatchObject({
      intact: false,
      firstBrokenSeq: 3,
      problems: [{ seq: 3, kind: 'entry-altered' }],
    });
  });

  it('covers the subject (whose data a staff member read) by the hash', async () => {
    const memory = memoryAuditStore();
    await auditRecorder(memory.store, seal).record({ ...event(1), subject: 'account-alice' });
    const [entry] = await memory.store.readChain();
    expect(entry?.subject).toBe('account-alice');
    const moved = { ...(entry as AuditEntry), subject: 'account-bob' };
    expect(verifyAuditChain([moved], memory.head(), seal).problems).toEqual([{ seq: 1, kind: 'entry-altered' }]);
  });

  it('catches an entry removed from the middle, and one cut from the end', async () => {
    const { entries, head } = await fiveEntries();
    const middle = verifyAuditChain(
      entries.filter((entry) => entry.seq !== 2),
      head,
      seal,
    );
    expect(middle).toMatchObject({ intact: false, firstBrokenSeq: 2 });
    expect(middle.problems).toContainEqual({ seq: 2, kind: 'entry-missing' });
    const end = verifyAuditChain(entries.slice(0, 4), head, seal);
    expect(end).toMatchObject({ intact: false, firstBrokenSeq: 5, problems: [{ seq: 5, kind: 'entry-missing' }] });
  });

  it('catches two entries swapped in place (their seq is under the hash)', async () => {
    const { entries, head } = await fiveEntries();
    const [a, b] = [entries[1] as AuditEntry, entries[2] as AuditEntry];
    const swapped = entries.map((entry) =>
      entry.seq === 2 ? { ...b, seq: 2, _id: a._id } : entry.seq === 3 ? { ...a, seq: 3, _id: b._id } : entry,
    );
    const result = verifyAuditChain(swapped, head, seal);
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: 2 });
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { seq: 2, kind: 'entry-altered' },
        { seq: 3, kind: 'entry-altered' },
      ]),
    );
  });

  it('catches an entry rewritten with its hash recomputed and re-sealed without the server key', async () => {
    const { entries } = await fiveEntries();
    const forger = chainSeal(randomBytes(32));
    // Someone with database access rewrites the last entry, repairs its hash, seals it and the head with their own key.
    const last = entries[4] as AuditEntry;
    const body = { ...last, actor: 'innocent' };
    const hash = hashAuditEntry(body);
    const forged = { ...body, hash, seal: forger.seal(hash) };
    const head = { seq: 5, hash, updatedAt: last.at, seal: forger.seal(headSealInput({ seq: 5, hash })) };
    const result = verifyAuditChain([...entries.slice(0, 4), forged], head, seal);
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: 5 });
    expect(result.problems).toEqual([
      { seq: 5, kind: 'seal-invalid' },
      { seq: 5, kind: 'seal-invalid' },
    ]);
  });

  it('catches a chain whose head document was removed', async () => {
    const { entries } = await fiveEntries();
    expect(verifyAuditChain(entries, null, seal)).toMatchObject({
      intact: false,
      problems: [{ seq: 5, kind: 'head-missing' }],
    });
  });

  it('a writer that keeps losing the race gives up with AUDIT.BUSY, writing nothing', async () => {
    const memory = memoryAuditStore();
    const busy = {
      ...memory.store,
      append: async () => {
        throw new AuditHeadMoved();
      },
    };
    await expect(auditRecorder(busy, seal).record(event(1))).rejects.toMatchObject({ code: 'AUDIT.BUSY' });
    expect(memory.entries.size).toBe(0);
  });

  it('parallel writers never fork the chain: losers link again after the new head', async () => {
    const memory = memoryAuditStore();
    const recorder = auditRecorder(memory.store, seal);
    await Promise.all([1, 2, 3, 4, 5].map((n) => recorder.record(event(n))));
    const entries = await memory.store.readChain();
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(entries.map((entry) => entry.prevHash)).size).toBe(5);
    expect(verifyAuditChain(entries, memory.head(), seal).intact).toBe(true);
  });
});
