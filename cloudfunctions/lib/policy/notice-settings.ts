import * as v from 'valibot';

const count = (fallback: string) =>
  v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d*$/), v.transform(Number)), fallback);

/** Notice batches from the environment: accounts per batch, and how long one call keeps sending. */
const NoticeSettings = v.object({ QYB_NOTICE_BATCH: count('100'), QYB_NOTICE_BUDGET_MS: count('5000') });

export interface NoticeBatches {
  batchSize: number;
  budgetMs: number;
}

export function loadNoticeSettings(env: Record<string, string | undefined>): NoticeBatches {
  const settings = v.parse(NoticeSettings, {
    QYB_NOTICE_BATCH: env.QYB_NOTICE_BATCH || undefined,
    QYB_NOTICE_BUDGET_MS: env.QYB_NOTICE_BUDGET_MS || undefined,
  });
  return { batchSize: settings.QYB_NOTICE_BATCH, budgetMs: settings.QYB_NOTICE_BUDGET_MS };
}
