import type { MaterialView } from '../../../cloudfunctions/lib/contract/requests';
import { labelled } from '../../i18n/compose';
import { tr } from '../../i18n/requests';

/**
 * The file's own name when a person would recognise it, else null: phones and WeChat hand out names
 * like `tmp_3f9a….jpg`, `wx1234…` or long hex runs that mean nothing to the reader.
 */
export function humanFileName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, '');
  if (/^(tmp|wx|wxfile)[_:-]?/i.test(base)) return null;
  if (/[0-9a-f]{12,}|[0-9A-Za-z_-]{28,}/.test(base)) return null;
  return base || null;
}

/** A link's words, and the file's own name after them when a person would recognise it (查看结果文件：执照.pdf). */
export function labelledFile(label: string, name: string): string {
  const file = humanFileName(name);
  return file ? labelled(label, file) : label;
}

/**
 * Each material under its name in the matter (营业执照…), numbered when a person gave several files
 * for one material in one round; never the machine file name.
 */
export function materialLabels(materials: readonly MaterialView[]): string[] {
  const key = (m: MaterialView) => `${m.materialCode}|${m.round}`;
  const totals = new Map<string, number>();
  for (const m of materials) totals.set(key(m), (totals.get(key(m)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return materials.map((m) => {
    const n = (seen.get(key(m)) ?? 0) + 1;
    seen.set(key(m), n);
    return (totals.get(key(m)) ?? 1) > 1 ? `${m.materialName} · ${tr.detail.copyNumber(n)}` : m.materialName;
  });
}

/** The label of the material with this uploadId (the file a preview shows), as `materialLabels` gives it. */
export function materialTitle(materials: readonly MaterialView[], uploadId: string): string {
  return materialLabels(materials)[materials.findIndex((m) => m.uploadId === uploadId)] ?? '';
}
