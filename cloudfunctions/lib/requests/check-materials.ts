import type { MaterialRef, MaterialSpec } from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { MaterialPurpose, MaterialStore } from './material-store';
import type { RequestMaterial } from './request.record';
import { storedFileRef } from '../files/stored-file-ref';

/**
 * Checks the materials of an application (round 0) or a supplement (round n) against the matter:
 * known material codes, no more files than each allows, no upload twice, every required material
 * present (applications only), and each upload the caller's own with real bytes of an accepted
 * kind and size. Nothing is stored here; a failure throws before anything is written.
 */
export async function checkMaterials(
  refs: readonly MaterialRef[],
  specs: readonly MaterialSpec[],
  options: { accountId: string; round: number; purposes: readonly MaterialPurpose[]; requireAll: boolean },
  store: MaterialStore,
): Promise<RequestMaterial[]> {
  const byCode = new Map(specs.map((s) => [s.code, s]));
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const ref of refs) {
    const spec = byCode.get(ref.materialCode);
    if (!spec) throw new AppError('REQUESTS.MATERIAL_UNKNOWN');
    const count = (counts.get(spec.code) ?? 0) + 1;
    if (count > spec.maxFiles) throw new AppError('REQUESTS.MATERIAL_TOO_MANY');
    counts.set(spec.code, count);
    if (seen.has(ref.uploadId)) throw new AppError('REQUESTS.MATERIAL_REUSED');
    seen.add(ref.uploadId);
  }
  if (options.requireAll && specs.some((s) => s.required && !counts.has(s.code))) {
    throw new AppError('REQUESTS.MATERIAL_MISSING');
  }
  const checked: RequestMaterial[] = [];
  for (const ref of refs) {
    const spec = byCode.get(ref.materialCode) as MaterialSpec;
    const file = await store.check(ref.uploadId, options.accountId, options.purposes, spec);
    checked.push({
      materialCode: spec.code,
      materialName: spec.name,
      ...storedFileRef(file),
      round: options.round,
    });
  }
  return checked;
}
