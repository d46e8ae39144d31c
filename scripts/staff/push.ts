/**
 * `npm run staff -- push …`: a staff push from the console through the same notify function the
 * staff page calls, as the staff member's own WeChat identity (who must be signed in with the
 * pusher or admin role). Creates the job (audience size and preview), then sends it in steps with
 * a progress bar; `--job <id>` resumes a job that stopped.
 */
import type { Audience, PushJobCreated, PushProgress } from '../../cloudfunctions/lib/contract/notify';
import type { Result } from '../../cloudfunctions/lib/contract/result';

export type CallNotify = <T>(action: string, input: unknown) => Promise<Result<T>>;

export interface PushArgs {
  title?: string;
  body?: string;
  kind: string;
  audience?: Audience;
  jobId?: string;
}

export const PUSH_USAGE = `usage: npm run staff -- push --as <staff openid> --title <title> --body <text>
         (--to <account name> | --matter <matter code> | --policy <document>@<version> | --everyone)
         [--kind staff.push|maintenance|policy.published] [--step <recipients per call>]
       npm run staff -- push --as <staff openid> --job <job id>      (resume)`;

export function parsePushArgs(
  option: (name: string) => string | undefined,
  flag: (name: string) => boolean,
): PushArgs | string {
  const jobId = option('job');
  const kind = option('kind') ?? 'staff.push';
  if (jobId) return { jobId, kind };
  const title = option('title');
  const body = option('body');
  if (!title || !body) return 'push needs --title and --body (or --job to resume)';
  const to = option('to');
  const matter = option('matter');
  const policy = option('policy');
  const chosen = [to, matter, policy, flag('everyone') ? 'x' : undefined].filter(Boolean);
  if (chosen.length !== 1) return 'push needs exactly one audience: --to, --matter, --policy or --everyone';
  let audience: Audience;
  if (to) audience = { type: 'person', accountName: to };
  else if (matter) audience = { type: 'matter', matterCode: matter };
  else if (policy) {
    const [documentId, version] = policy.split('@');
    if ((documentId !== 'user-agreement' && documentId !== 'privacy-policy') || !version) {
      return '--policy is user-agreement@<version> or privacy-policy@<version>';
    }
    audience = { type: 'policy', documentId, version };
  } else audience = { type: 'everyone' };
  return { title, body, kind, audience };
}

/** `[##########----------]  512/1000  51%  inbox 512 · wechat sent 480 · skipped 30 · failed 2` */
export function progressLine(p: PushProgress, width = 30): string {
  const total = Math.max(p.audienceSize, p.done, 1);
  const filled = Math.min(width, Math.round((p.done / total) * width));
  const pct = Math.floor((p.done / total) * 100);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(p.done).padStart(String(total).length)}/${total} ${String(pct).padStart(3)}%  inbox ${p.inbox} · wechat sent ${p.sent} · skipped ${p.skipped} · failed ${p.failed}`;
}

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

export async function runPush(
  call: CallNotify,
  args: PushArgs,
  out: { write(text: string): void; isTTY?: boolean },
  step = 200,
): Promise<PushProgress> {
  let jobId = args.jobId;
  if (!jobId) {
    const created = unwrap(
      await call<PushJobCreated>('createPushJob', {
        title: args.title,
        body: args.body,
        kind: args.kind,
        audience: args.audience,
      }),
      'createPushJob',
    );
    jobId = created.jobId;
    out.write(`job ${jobId}: ${created.audienceSize} recipients\n`);
    out.write(`inbox: ${created.preview.title} — ${created.preview.body}\n`);
    if (created.preview.data) {
      const fields = Object.entries(created.preview.data).map(([k, v]) => `${k}=${v.value}`);
      out.write(`WeChat (${created.preview.template}): ${fields.join('  ')}\n`);
    }
  }
  let progress = unwrap(await call<PushProgress>('pushJobStatus', { jobId }), 'pushJobStatus');
  // To everyone: a second admin approves it on the staff desk first (two-person rule).
  if (progress.status === 'awaiting') {
    out.write(`waiting for a second admin to approve it on the staff desk; then resume with --job ${jobId}\n`);
    return progress;
  }
  const show = () => out.write(out.isTTY ? `\r${progressLine(progress)}` : `${progressLine(progress)}\n`);
  show();
  while (progress.status !== 'done') {
    progress = unwrap(await call<PushProgress>('runPushJob', { jobId, limit: step }), 'runPushJob');
    show();
  }
  if (out.isTTY) out.write('\n');
  const reasons = [
    ...Object.entries(progress.skips).map(([k, n]) => `skipped ${k}: ${n}`),
    ...Object.entries(progress.failures).map(([k, n]) => `failed ${k}: ${n}`),
  ];
  if (reasons.length > 0) out.write(`${reasons.join(' · ')}\n`);
  return progress;
}
