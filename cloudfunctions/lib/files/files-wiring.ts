import { createGuardDeps } from '../account/create-guard-deps';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { createErasureDeps } from '../erasure/create-erasure-deps';
import { createRetentionDeps } from '../retention/create-retention-deps';
import { createFilesDeps } from './create-files-deps';

/** The files function's deps; it also hosts retention, since it owns the storage the purge reaches. */
export function wireFiles() {
  const guard = createGuardDeps();
  return {
    files: { ...createFilesDeps(), ...guard, erasure: createErasureDeps(createAuditRecorder()) },
    retention: { ...createRetentionDeps(), ...guard },
  };
}
