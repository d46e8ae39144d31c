/** The audit seal key: derived from the ledger key, never equal to it, so one chain's seal never passes in the other. */
import { randomBytes } from 'node:crypto';
import { loadAuditKey, loadLedgerKey } from '../../../../../cloudfunctions/lib/crypto/keys';

describe('audit seal key', () => {
  const index = randomBytes(32).toString('base64');

  it('is derived from the ledger key (itself from QYB_INDEX_KEY when unset) and differs from it', () => {
    const env = { QYB_INDEX_KEY: index };
    expect(loadAuditKey(env)).toHaveLength(32);
    expect(loadAuditKey(env).equals(loadAuditKey({ ...env }))).toBe(true);
    expect(loadAuditKey(env).equals(loadLedgerKey(env))).toBe(false);
  });

  it('follows QYB_LEDGER_KEY when one is set', () => {
    const own = { QYB_INDEX_KEY: index, QYB_LEDGER_KEY: randomBytes(32).toString('base64') };
    expect(loadAuditKey(own).equals(loadAuditKey({ QYB_INDEX_KEY: index }))).toBe(false);
  });

  it('refuses to load without any key', () => {
    expect(() => loadAuditKey({})).toThrow(/QYB_LEDGER_KEY/);
  });
});
