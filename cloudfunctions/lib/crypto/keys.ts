import { hkdfSync } from 'node:crypto';
/**
 * The keys sensitive fields are sealed and indexed with, read from the function's environment and
 * checked when the module loads. Nothing falls back to a default key.
 *
 * QYB_FIELD_KEY  AES-256-GCM keys: `id:base64` pairs separated by commas, the first one current
 *                (older ones only decrypt). A bare base64 value is key id `k1`.
 * QYB_INDEX_KEY  HMAC-SHA256 key for blind indexes (base64, 32 bytes). Never rotated in place:
 *                a new key needs every index recomputed.
 */
export interface FieldKey {
  id: string;
  key: Buffer;
}

export interface CryptoKeys {
  current: FieldKey;
  byId: ReadonlyMap<string, Buffer>;
  indexKey: Buffer;
}

function decodeKey(name: string, base64: string): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new Error(`${name} must be base64`);
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes (got ${key.length})`);
  return key;
}

export function parseFieldKeys(value: string): FieldKey[] {
  const keys = value.split(',').map((entry, i) => {
    const trimmed = entry.trim();
    const colon = trimmed.indexOf(':');
    const id = colon > 0 ? trimmed.slice(0, colon) : 'k1';
    if (!/^[a-z0-9]{1,8}$/.test(id)) throw new Error(`QYB_FIELD_KEY entry ${i + 1}: key id must be a-z0-9, ≤ 8`);
    return { id, key: decodeKey(`QYB_FIELD_KEY[${id}]`, colon > 0 ? trimmed.slice(colon + 1) : trimmed) };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('QYB_FIELD_KEY: duplicate key id');
  return keys;
}

export function loadCryptoKeys(env: Record<string, string | undefined>): CryptoKeys {
  const field = env.QYB_FIELD_KEY;
  const index = env.QYB_INDEX_KEY;
  if (!field) throw new Error('QYB_FIELD_KEY is not set');
  if (!index) throw new Error('QYB_INDEX_KEY is not set');
  const fieldKeys = parseFieldKeys(field);
  const current = fieldKeys[0] as FieldKey;
  const indexKey = decodeKey('QYB_INDEX_KEY', index.trim());
  if (fieldKeys.some((k) => k.key.equals(indexKey))) throw new Error('QYB_INDEX_KEY must differ from the field keys');
  return { current, byId: new Map(fieldKeys.map((k) => [k.id, k.key])), indexKey };
}

/**
 * QYB_LEDGER_KEY  HMAC-SHA256 key that seals each consent-ledger entry (base64, 32 bytes), so that
 *                 someone who can edit the database but not the functions' environment cannot
 *                 rewrite an entry and recompute its hash unnoticed. When unset it is derived from
 *                 QYB_INDEX_KEY (HKDF-SHA256 with its own label): no new secret to deploy.
 */
export function loadLedgerKey(env: Record<string, string | undefined>): Buffer {
  const own = env.QYB_LEDGER_KEY?.trim();
  if (own) return decodeKey('QYB_LEDGER_KEY', own);
  const index = env.QYB_INDEX_KEY?.trim();
  if (!index) throw new Error('QYB_LEDGER_KEY (or QYB_INDEX_KEY, to derive it from) is not set');
  const derived = hkdfSync(
    'sha256',
    decodeKey('QYB_INDEX_KEY', index),
    Buffer.alloc(0),
    'qyb consent ledger seal v1',
    32,
  );
  return Buffer.from(derived);
}

/**
 * The audit trail's seal key: its own HKDF-SHA256 derivation from the ledger key (QYB_LEDGER_KEY, or
 * QYB_INDEX_KEY when that is unset), with its own label. No new secret to deploy, and a seal made for
 * one chain is never valid in the other.
 */
export function loadAuditKey(env: Record<string, string | undefined>): Buffer {
  return Buffer.from(hkdfSync('sha256', loadLedgerKey(env), Buffer.alloc(0), 'qyb audit trail seal v1', 32));
}
