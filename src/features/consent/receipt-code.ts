/**
 * A consent receipt as a person reads it: the first 12 hex digits of the ledger hash in groups of
 * four (e.g. 3F2A-9C01-B7D4), enough to tell receipts apart and to match one against the full copy
 * (我的权利 → 个人信息副本) or the audit desk, never a 64-character string on screen.
 */
export function receiptCode(hash: string): string {
  const head = hash
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 12)
    .toUpperCase();
  return head.match(/.{1,4}/g)?.join('-') ?? '';
}
