import type { InboxMessageView } from '../../../cloudfunctions/lib/contract/notify';
import { renderNotice } from '../../../cloudfunctions/lib/contract/notices/render-notice';
import { beijingDateTime, calendarDay } from '../../i18n/beijing-time';
import { currentLocale } from '../../i18n/locale-store';
import type { Locale } from '../../i18n/locale';

/**
 * A message's title and body in the reader's language, from its notice key (issue 20); the stored
 * Simplified text for staff pushes, older messages and keys this build does not know. Times and
 * days go through the one formatter, in Beijing time. Only the inbox subpackage imports this.
 */
export function messageText(
  message: Pick<InboxMessageView, 'title' | 'body' | 'text'>,
  locale: Locale = currentLocale(),
): { title: string; body: string } {
  const rendered = renderNotice(message.text, locale, (kind, value) =>
    kind === 'instant' ? beijingDateTime(value) : calendarDay(value),
  );
  return rendered ?? { title: message.title, body: message.body };
}
