import type { WorkingCalendar } from '../calendar/working-days';
import { shanghaiDate } from '../contract/shanghai-date';
import { FEEDBACK_DUE_WORKING_DAYS } from '../contract/feedback-handling';

/**
 * When an answer is due (privacy policy §10: within 15 working days): the end of the 15th working
 * day after the day it arrived, Beijing time (holidays and make-up days from config/holidays).
 */
export function feedbackDueAt(createdAt: number, calendar: WorkingCalendar): number {
  const day = calendar.addWorkingDays(shanghaiDate(createdAt), FEEDBACK_DUE_WORKING_DAYS);
  return Date.parse(`${day}T23:59:59.999+08:00`);
}
