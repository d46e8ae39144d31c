// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { createGuardDeps } from '../lib/account/create-guard-deps';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { FUNCTIONS } from '../lib/contract/functions';
import { confirmUpload } from '../lib/files/confirm-upload';
import { createAuditRecorder } from '../lib/audit/create-audit-recorder';
import { createErasureDeps } from '../lib/erasure/create-erasure-deps';
import { createFilesDeps } from '../lib/files/create-files-deps';
import { deleteUpload } from '../lib/files/delete-upload';
import { myUploads } from '../lib/files/my-uploads';
import { prepareUpload } from '../lib/files/prepare-upload';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { createRetentionDeps } from '../lib/retention/create-retention-deps';
import { purgeExpiredByAdmin, runRetentionTimer } from '../lib/retention/retention-actions';

const actions = FUNCTIONS.files;
const guard = createGuardDeps();
const deps = { ...createFilesDeps(), ...guard, erasure: createErasureDeps(createAuditRecorder()) };
// The files function hosts retention: it owns storage, which the purge of abandoned uploads reaches.
const retention = { ...createRetentionDeps(), ...guard };

export const main = createHandler(
  guardedActions('files', createConsentGuardDeps(), {
    [actions.prepareUpload]: (input, ctx) => prepareUpload(input, ctx, deps),
    [actions.confirmUpload]: (input, ctx) => confirmUpload(input, ctx, deps),
    [actions.purgeExpired]: (_input, ctx) => purgeExpiredByAdmin(ctx, retention),
    [actions.deleteUpload]: (input, ctx) => deleteUpload(input, ctx, deps),
    [actions.myUploads]: (input, ctx) => myUploads(input, ctx, deps),
  }),
  { context: wxContext, maxEventBytes: 4 * 1024, timer: () => runRetentionTimer(retention) },
);
