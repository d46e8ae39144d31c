import { shanghaiDate } from '../contract/shanghai-date';
import { FEEDBACK_DAILY_LIMIT } from '../contract/feedback-handling';
import { AppError } from '../errors/app-error';
import type { QueryStore } from '../infra/query-store';

/** One counter per WeChat identity and Beijing date (`feedback_limits`, id `<openid>:<date>`). */
export interface FeedbackLimitRecord {
  _id: string;
  count: number;
  createdAt: number;
}

const ATTEMPTS = 6;

/**
 * Counts one piece of feedback, or refuses with FEEDBACK.TOO_MANY. No check-then-insert race: the
 * first of the day is a unique insert, every later one a compare-and-set on the count it read, so
 * two calls at once can never both take the last place.
 */
export function feedbackLimits(store: QueryStore<FeedbackLimitRecord>, limit = FEEDBACK_DAILY_LIMIT) {
  return {
    async take(openid: string, now: number): Promise<void> {
      const _id = `${openid}:${shanghaiDate(now)}`;
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const current = await store.get(_id);
        if (!current) {
          if (await store.insertUnique({ _id, count: 1, createdAt: now })) return;
          continue;
        }
        if (current.count >= limit) throw new AppError('FEEDBACK.TOO_MANY');
        if ((await store.updateWhere({ _id, count: current.count }, { count: current.count + 1 })) === 1) return;
      }
      // Lost every race: as many sends at once as attempts is itself more than a person sends.
      throw new AppError('FEEDBACK.TOO_MANY');
    },
  };
}

export type FeedbackLimits = ReturnType<typeof feedbackLimits>;
