/** The owner's verification of their chain catches an edited entry and a deleted one. */
import type { VerifyLedgerOutput } from '../../../cloudfunctions/lib/contract/consent';
import type { ChainHead } from '../../../cloudfunctions/lib/consent/ledger-entry';
import { foldState } from '../../../cloudfunctions/lib/consent/consent-state';
import { hashEntry } from '../../../cloudfunctions/lib/consent/ledger-hash';
import { verifyChain } from '../../../cloudfunctions/lib/consent/verify-chain';
import { useConsentCloud } from './consent-cloud';
import { ALICE, launchGrant, withdrawAll } from './consent-inputs';
import { COLLECTIONS } from '../../../config/cloud/collections';

const consent = useConsentCloud();

async function fourEntries() {
  await consent().call(ALICE, 'grant', launchGrant);
  await consent().call(ALICE, 'withdraw', withdrawAll);
  return consent().entries(ALICE);
}

const verify = async () => {
  const result = await consent().call<VerifyLedgerOutput>(ALICE, 'verify');
  if (!result.ok) throw new Error(result.error.code);
  return result.data;
};

describe('consent ledger verification', () => {
  it('finds an untouched chain intact', async () => {
    const entries = await fourEntries();
    expect(await verify()).toEqual({ intact: true, length: 4, headHash: entries[3]?.hash, problems: [] });
  });

  it('catches a withdrawal edited into a grant in the database', async () => {
    const entries = await fourEntries();
    expect(entries[2]?.action).toBe('withdraw');
    await consent()
      .admin()
      .collection(COLLECTIONS.consents)
      .doc(entries[2]!._id)
      .update({ data: { action: 'grant' } });
    expect(await verify()).toMatchObject({ intact: false, problems: [{ seq: 3, kind: 'entry-altered' }] });
  });

  it('catches an entry deleted from the middle', async () => {
    const entries = await fourEntries();
    await consent().admin().collection(COLLECTIONS.consents).doc(entries[2]!._id).remove();
    expect(await verify()).toMatchObject({ intact: false, length: 3, problems: [{ seq: 3, kind: 'entry-missing' }] });
  });

  it('catches the last entry deleted, which the head still remembers', async () => {
    const entries = await fourEntries();
    await consent().admin().collection(COLLECTIONS.consents).doc(entries[3]!._id).remove();
    expect(await verify()).toMatchObject({ intact: false, problems: [{ seq: 4, kind: 'entry-missing' }] });
  });

  it('catches a head whose cached state was edited to show consent that was withdrawn', async () => {
    const entries = await fourEntries();
    const granted = {
      action: 'grant',
      version: entries[0]?.subject.version,
      sha256: entries[0]?.subject.sha256,
      at: entries[0]?.at,
      seq: 1,
    };
    await consent()
      .admin()
      .collection(COLLECTIONS.consentHeads)
      .doc(ALICE)
      .update({
        data: {
          state: { documents: { 'user-agreement': granted, 'privacy-policy': { ...granted, seq: 2 } }, sensitive: {} },
        },
      });
    expect(await verify()).toMatchObject({ intact: false, problems: [{ seq: 4, kind: 'head-mismatch' }] });
  });

  it('catches an entry rewritten with its hash recomputed and the head moved along: the seal is the server’s', async () => {
    const entries = await fourEntries();
    const last = entries[3]!;
    // Someone with database access turns the last withdrawal into a grant and repairs the chain.
    const { _id, seal: _seal, ...body } = last;
    const forged = { ...body, action: 'grant' as const };
    const hash = hashEntry(forged);
    const db = consent().admin();
    await db
      .collection(COLLECTIONS.consents)
      .doc(_id)
      .update({ data: { action: 'grant', hash } });
    const after = await consent().entries(ALICE);
    await db
      .collection(COLLECTIONS.consentHeads)
      .doc(ALICE)
      .update({ data: { hash, state: foldState(after) } });
    const head = (await db.collection(COLLECTIONS.consentHeads).doc(ALICE).get()) as unknown as { data: ChainHead };
    // The hash chain alone is fooled: every link, hash and the head agree with the forgery.
    expect(verifyChain(after, head.data)).toMatchObject({ intact: true, problems: [] });
    // The server's seals are not: neither the entry nor the head was sealed by the function.
    expect(await verify()).toMatchObject({
      intact: false,
      problems: [
        { seq: 4, kind: 'seal-invalid' },
        { seq: 4, kind: 'seal-invalid' },
      ],
    });
  });

  it("verifies only the caller's own chain", async () => {
    await fourEntries();
    const bob = await consent().call<VerifyLedgerOutput>('oBob000000001', 'verify');
    expect(bob).toMatchObject({ ok: true, data: { intact: true, length: 0 } });
  });
});
