import { SignInPrompt } from '../../../../components/sign-in-prompt';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { messageText } from '../../../../features/inbox/message-text';
import { useInbox } from '../../../../features/inbox/use-inbox';
import { tInbox as m } from '../../../../i18n/inbox';
import { ROUTES, navigate } from '../../../../platform/navigation';
import '../inbox.css';
import { AppButton } from '../../../../components/app-button';
import { ListError } from '../../../../components/list-error';
import { Skeleton } from '../../../../components/skeleton';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';

/** The page a notice opens, when it is one of ours (a route of this app). */
function routeOf(
  page: string | null,
): { route: (typeof ROUTES)[keyof typeof ROUTES]; query: Record<string, string> } | null {
  if (!page) return null;
  const [path, search = ''] = page.split('?');
  const route = Object.values(ROUTES).find((r) => r === path);
  if (!route || route === ROUTES.inbox) return null;
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [k = '', v = ''] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  return { route, query };
}

/** My messages: every notice the service sent me, newest first; read, open, report (举报), delete. */
export default function InboxPage() {
  usePageTitle(tp.titles.inbox);
  const care = useCareMode();
  const inbox = useInbox();

  useDidShow(() => {
    void inbox.load();
  });

  if (inbox.signedOut) {
    return (
      <View className={`inbox ${care.rootClass}`}>
        <SignInPrompt
          text={m.signInFirst}
          action={m.signIn}
          className="inbox__signed-out"
          buttonClassName="inbox__sign-in"
        />
      </View>
    );
  }

  return (
    <View className={`inbox ${care.rootClass}`}>
      <View className="inbox__bar">
        <View className="inbox__unread">{m.unread(inbox.unread)}</View>
        <View className="inbox__link qyb-tap inbox__read-all" role="button" onClick={() => void inbox.readAll()}>
          {m.markAllRead}
        </View>
        <View
          className="inbox__link qyb-tap inbox__to-preferences"
          role="link"
          onClick={() => navigate(ROUTES.inboxPreferences)}
        >
          {m.toPreferences}
        </View>
      </View>
      {inbox.error && <ListError name="inbox__error" message={inbox.error} onRetry={inbox.reload} />}
      {!inbox.loaded && !inbox.error && <Skeleton name="inbox__loading" />}
      {inbox.loaded && !inbox.error && inbox.messages.length === 0 && (
        <View className="inbox__section inbox__empty">{m.empty}</View>
      )}
      {inbox.messages.map((message) => {
        const target = routeOf(message.page);
        const text = messageText(message);
        return (
          <View
            key={message.id}
            className={`inbox__section inbox__message${message.read ? '' : ' inbox__message--unread'}`}
          >
            {/* Tapping an unread message's text reads it; the actions below are its siblings, not inside it. */}
            {message.read ? (
              <View className="inbox__message-content">
                <View className="inbox__message-title">{text.title}</View>
                <View className="inbox__message-body">{text.body}</View>
              </View>
            ) : (
              <View className="inbox__message-content" role="button" onClick={() => void inbox.read(message.id)}>
                <View className="inbox__message-title">{text.title}</View>
                <View className="inbox__message-body">{text.body}</View>
              </View>
            )}
            <View className="inbox__message-meta">
              <View>{beijingDateTime(message.createdAt)}</View>
              {target && (
                <View
                  className="inbox__link qyb-tap inbox__open"
                  role="link"
                  onClick={() => {
                    // Opening the message's page is reading it (issue 20).
                    if (!message.read) void inbox.read(message.id);
                    navigate(target.route, target.query);
                  }}
                >
                  {m.open}
                </View>
              )}
              <View
                className="inbox__link qyb-tap inbox__report"
                role="link"
                onClick={() => navigate(ROUTES.report, { kind: 'message', target: message.id })}
              >
                {m.report}
              </View>
              <View
                className="inbox__link qyb-tap inbox__delete"
                role="button"
                onClick={() => void inbox.remove(message.id)}
              >
                {m.delete}
              </View>
            </View>
          </View>
        );
      })}
      {inbox.hasMore && (
        <AppButton className="inbox__more" onClick={() => void inbox.load(true)}>
          {m.more}
        </AppButton>
      )}
    </View>
  );
}
