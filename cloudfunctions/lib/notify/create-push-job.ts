import { templateForKind } from './subscription-templates';
import type { AccountRecord } from '../account/account.record';
import { newId } from '../account/ids';
import { requireRole } from '../account/account-guard';
import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeText } from '../content-safety/require-safe-text';
import { ADMIN_PUSH_KINDS, CreatePushJobInputSchema, type Audience, type PushJobCreated } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { audienceSize } from './audience';
import type { NoticeKind } from './notifier';
import type { NotifyDeps } from './notify.deps';
import { templateData } from './template-fields';
import { proposePush } from '../proposals/propose-push';

export const PUSH_ROLES = ['pusher', 'admin'] as const;

export interface PushJobSpec {
  title: string;
  body: string;
  kind: NoticeKind;
  audience: Audience;
}

function audienceKey(audience: Audience): string | null {
  switch (audience.type) {
    case 'person':
      return audience.accountName;
    case 'matter':
      return audience.matterCode;
    case 'policy':
      return `${audience.documentId}@${audience.version}`;
    case 'accounts':
      return `${audience.accountNames.length} accounts`;
    case 'everyone':
      return null;
  }
}

/**
 * Stores a job (its audience counted now) and answers what a recipient will see. Nothing is sent yet.
 * The text goes to many people at once, so WeChat checks it first (agreement §5.6), as the staff
 * member's text: msgSecCheck v2 with their openid (from the cloud context), scene 3 论坛 (a post many people read; the docs
 * list no scene for a broadcast, see localcloud/PARITY.md).
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 */
export async function openPushJob(
  spec: PushJobSpec,
  staff: AccountRecord,
  openid: string,
  now: number,
  deps: NotifyDeps,
  announcementId: string | null = null,
): Promise<PushJobCreated> {
  await requireSafeText(deps.safety, openid, SAFETY_SCENES.forum, { pushTitle: spec.title, pushBody: spec.body });
  if (spec.audience.type === 'person' && !(await deps.sources.accounts.byName(spec.audience.accountName))) {
    throw new AppError('ACCOUNT.NOT_FOUND');
  }
  const size = await audienceSize(spec.audience, now, deps.sources);
  if (size === 0) throw new AppError('NOTIFY.AUDIENCE_EMPTY');
  const jobId = newId();
  // Everyone at once takes a second admin (two-person rule, issue 15): the job waits until approved.
  const toEveryone = spec.audience.type === 'everyone';
  await deps.jobs.insert({
    _id: jobId,
    ...spec,
    audienceSize: size,
    audienceAt: now,
    status: toEveryone ? 'awaiting' : 'created',
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
      kind: spec.kind,
      audience: spec.audience.type,
      audienceKey: audienceKey(spec.audience),
      audienceSize: size,
      title: spec.title,
    },
  });
  const proposalId = toEveryone
    ? await proposePush(
        staff,
        { jobId, title: spec.title, body: spec.body, audienceSize: size, announcementId },
        deps,
        now,
      )
    : null;
  const template = templateForKind(deps.delivery.templates, spec.kind);
  const fitted = template ? templateData(template, spec, now) : null;
  return {
    jobId,
    audienceSize: size,
    preview: {
      title: spec.title,
      body: spec.body,
      template: template?.title ?? null,
      data: fitted?.ok ? fitted.data : null,
      fields:
        template && fitted?.ok
          ? template.fields.map((f) => ({ name: f.name, value: fitted.data[f.key]?.value ?? '' }))
          : null,
    },
    proposalId,
  };
}

/**
 * A staff push, step one: who (the audience and its size now), what (the inbox message and the
 * subscription message as it will be sent). Nothing is sent until runPushJob. A security incident
 * is the bureau speaking: admins only.
 */
export async function createPushJob(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<PushJobCreated> {
  const data = parseInput(CreatePushJobInputSchema, input);
  const roles = ADMIN_PUSH_KINDS.includes(data.kind) ? (['admin'] as const) : PUSH_ROLES;
  const { account: staff } = await requireRole(ctx, deps.guard, roles);
  return openPushJob(data, staff, ctx.openid, ctx.now.getTime(), deps);
}
