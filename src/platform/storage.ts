import type { ApplyDraft } from '../features/requests/apply-draft';
import { wxApi } from './wx-api';

/** The region kept for home: its id (named in the UI language at render) and its Chinese name. */
export interface StoredRegion {
  id: string;
  name: string;
}

/** Device storage, typed by key. Only non-sensitive state is kept on the device. */
export interface StorageSchema {
  /** A cache of the cloud ledger's answer; the ledger decides (src/features/consent). */
  'consent.accepted': { version: string; acceptedAt: string; documents?: { id: string; version: string }[] } | null;
  'consent.declined': { declinedAt: string } | null;
  /**
   * The document versions in force as the cloud last said (policy.current): id, version, effective
   * date and hash (a version is shown from this build's text only when the hash is the same).
   */
  'policy.inEffect': { id: string; version: string; effectiveDate: string; sha256?: string }[] | null;
  /** The region the person chose on the home page (never the coordinates). */
  'home.region': StoredRegion | null;
  /** Applications being filled in, by matter code, until submitted (src/features/requests). */
  'requests.drafts': Record<string, ApplyDraft> | null;
  /** Whether the signed-in account holds a staff role: only shows the staff entry (the cloud checks). */
  'account.staff': boolean | null;
  /** The UI language chosen in 我的 (src/platform/locale.ts); unset, WeChat's language is followed. */
  'ui.locale': string | null;
  /** This device's session handle (services/cloud/session-transport.ts): names the session, proves nothing. */
  'account.session': string | null;
  /** 长辈版 (关怀模式) as the person set it (src/platform/care-mode.ts); unset, WeChat's font size decides. */
  'ui.care': boolean | null;
}

export function readStored<K extends keyof StorageSchema>(key: K): StorageSchema[K] | null {
  const value: unknown = wxApi.getStorageSync(key);
  return value === '' || value === undefined ? null : (value as StorageSchema[K]);
}

export function writeStored<K extends keyof StorageSchema>(key: K, value: StorageSchema[K]): void {
  wxApi.setStorageSync(key, value);
}

export function removeStored(key: keyof StorageSchema): void {
  wxApi.removeStorageSync(key);
}
