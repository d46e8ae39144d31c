import { canonicalJson, hashEntry } from '../../../../../cloudfunctions/lib/consent/ledger-hash';
import { GENESIS_HASH } from '../../../../../cloudfunctions/lib/consent/ledger-entry';
import { AGREEMENT_V2, grantBody } from './fixtures';

describe('canonicalJson', () => {
  it('writes the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
  });

  it('drops undefined fields but keeps nulls', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('hashEntry', () => {
  const linked = { ...grantBody(AGREEMENT_V2), seq: 1, prevHash: GENESIS_HASH };

  it('is a sha256 hex digest that does not depend on field order', () => {
    const reordered = Object.fromEntries(Object.entries(linked).reverse()) as typeof linked;
    expect(hashEntry(linked)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEntry(reordered)).toBe(hashEntry(linked));
  });

  it.each([
    ['the time', { at: '2026-11-29T04:00:01.000Z' }],
    ['the ip', { clientIp: '198.51.100.1' }],
    ['the version', { subject: { ...linked.subject, version: '2021-11-15' } }],
    ['the action', { action: 'withdraw' as const }],
    ['the position', { seq: 2 }],
    ['the previous hash', { prevHash: 'f'.repeat(64) }],
  ])('changes when %s changes', (_what, change) => {
    expect(hashEntry({ ...linked, ...change })).not.toBe(hashEntry(linked));
  });
});
