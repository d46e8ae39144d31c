// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { FUNCTIONS } from '../lib/contract/functions';
import { checkFilesSettings } from '../lib/files/files-settings';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';

const actions = FUNCTIONS.files;
// Settings are checked here, when the instance loads.
checkFilesSettings();

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const wired = onFirstUse(async () => (await import('../lib/files/files-wiring')).wireFiles());
const deps = async () => (await wired()).files;
const retention = () => import('../lib/retention/retention-actions');

export const main = createHandler(
  guardedActions('files', createConsentGuardDeps(), {
    [actions.prepareUpload]: async (input, ctx) =>
      (await import('../lib/files/prepare-upload')).prepareUpload(input, ctx, await deps()),
    [actions.confirmUpload]: async (input, ctx) =>
      (await import('../lib/files/confirm-upload')).confirmUpload(input, ctx, await deps()),
    [actions.purgeExpired]: async (_input, ctx) =>
      (await retention()).purgeExpiredByAdmin(ctx, (await wired()).retention),
    [actions.deleteUpload]: async (input, ctx) =>
      (await import('../lib/files/delete-upload')).deleteUpload(input, ctx, await deps()),
    [actions.myUploads]: async (input, ctx) =>
      (await import('../lib/files/my-uploads')).myUploads(input, ctx, await deps()),
  }),
  {
    context: wxContext,
    maxEventBytes: 4 * 1024,
    timer: async () => (await retention()).runRetentionTimer((await wired()).retention),
  },
);
