import { templateForKind } from './subscription-templates';
import { newId } from '../account/ids';
import { requireRole } from '../account/account-guard';
import { CreatePushJobInputSchema, type PushJobCreated } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { audienceSize } from './audience';
import type { NotifyDeps } from './notify.deps';
import { accountsRepo, jobsRepo } from './notify.repository';
import { templateData } from './template-fields';

export const PUSH_ROLES = ['pusher', 'admin'] as const;

/**
 * A staff push, step one: who (the audience and its size now), what (the inbox message and the
 * subscription message as it will be sent). Nothing is sent until runPushJob.
 */
export async function createPushJob(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<PushJobCreated> {
  const data = parseInput(CreatePushJobInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps.guard, PUSH_ROLES);
  const now = ctx.now.getTime();
  if (data.audience.type === 'person' && !(await accountsRepo.byName(data.audience.accountName))) {
    throw new AppError('ACCOUNT.NOT_FOUND');
  }
  const size = await audienceSize(data.audience, now);
  if (size === 0) throw new AppError('NOTIFY.AUDIENCE_EMPTY');
  const jobId = newId();
  await jobsRepo.insert({
    _id: jobId,
    title: data.title,
    body: data.body,
    kind: data.kind,
    audience: data.audience,
    audienceSize: size,
    audienceAt: now,
    status: 'created',
    cursor: null,
    createdBy: staff._id,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
  });
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'push.job-created',
    target: jobId,
    details: {
      kind: data.kind,
      audience: data.audience.type,
      audienceKey:
        data.audience.type === 'person'
          ? data.audience.accountName
          : data.audience.type === 'matter'
            ? data.audience.matterCode
            : data.audience.type === 'policy'
              ? `${data.audience.documentId}@${data.audience.version}`
              : null,
      audienceSize: size,
      title: data.title,
    },
  });
  const template = templateForKind(deps.delivery.templates, data.kind);
  const fitted = template ? templateData(template, data, now) : null;
  return {
    jobId,
    audienceSize: size,
    preview: {
      title: data.title,
      body: data.body,
      template: template?.title ?? null,
      data: fitted?.ok ? fitted.data : null,
    },
  };
}
