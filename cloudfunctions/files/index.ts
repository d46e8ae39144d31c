// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { createGuardDeps } from '../lib/account/create-guard-deps';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { FUNCTIONS } from '../lib/contract/functions';
import { confirmUpload } from '../lib/files/confirm-upload';
import { createFilesDeps } from '../lib/files/create-files-deps';
import { prepareUpload } from '../lib/files/prepare-upload';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';

const actions = FUNCTIONS.files;
const deps = { ...createFilesDeps(), ...createGuardDeps() };

export const main = createHandler(
  guardedActions('files', createConsentGuardDeps(), {
    [actions.prepareUpload]: (input, ctx) => prepareUpload(input, ctx, deps),
    [actions.confirmUpload]: (input, ctx) => confirmUpload(input, ctx, deps),
  }),
  { context: wxContext, maxEventBytes: 4 * 1024 },
);
