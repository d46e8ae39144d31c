import { randomBytes } from 'node:crypto';
import { chainEntries } from '../../../../../cloudfunctions/lib/consent/chain-entries';
import { hashEntry } from '../../../../../cloudfunctions/lib/consent/ledger-hash';
import { ledgerSeal } from '../../../../../cloudfunctions/lib/consent/ledger-seal';
import { verifyChain } from '../../../../../cloudfunctions/lib/consent/verify-chain';
import { loadLedgerKey } from '../../../../../cloudfunctions/lib/crypto/keys';
import { AGREEMENT_V1, POLICY_V1, grantBody } from './fixtures';

const indexKey = randomBytes(32).toString('base64');

describe('loadLedgerKey', () => {
  it('uses QYB_LEDGER_KEY, else derives a key of its own from QYB_INDEX_KEY', () => {
    const own = randomBytes(32);
    expect(loadLedgerKey({ QYB_LEDGER_KEY: own.toString('base64') }).equals(own)).toBe(true);
    const derived = loadLedgerKey({ QYB_INDEX_KEY: indexKey });
    expect(derived).toHaveLength(32);
    expect(derived.equals(loadLedgerKey({ QYB_INDEX_KEY: indexKey }))).toBe(true);
    expect(derived.equals(Buffer.from(indexKey, 'base64'))).toBe(false);
    expect(() => loadLedgerKey({})).toThrow(/QYB_LEDGER_KEY/);
  });
});

describe('a sealed chain', () => {
  const seal = ledgerSeal(loadLedgerKey({ QYB_INDEX_KEY: indexKey }));
  const { entries, head } = chainEntries(null, [grantBody(AGREEMENT_V1), grantBody(POLICY_V1)], seal);

  it('verifies with the key that sealed it', () => {
    expect(verifyChain(entries, head, seal)).toMatchObject({ intact: true, problems: [] });
  });

  it('fails with another key, and when an entry is rewritten with its hash recomputed', () => {
    const other = ledgerSeal(randomBytes(32));
    expect(verifyChain(entries, head, other).problems.map((p) => p.kind)).toEqual([
      'seal-invalid',
      'seal-invalid',
      'seal-invalid',
    ]);
    const last = entries[1]!;
    const rewritten = { ...last, channel: 'privacy-center' as const };
    const forged = { ...rewritten, hash: hashEntry(rewritten) };
    const forgedHead = { ...head, hash: forged.hash };
    expect(verifyChain([entries[0]!, forged], forgedHead).intact).toBe(true);
    expect(verifyChain([entries[0]!, forged], forgedHead, seal).problems).toEqual([
      { seq: 2, kind: 'seal-invalid' },
      { seq: 2, kind: 'seal-invalid' },
    ]);
  });
});
