import { View } from '@tarojs/components';
import { useEffect } from 'react';
import { AppButton } from '../../../components/app-button';
import { useMySessions } from '../../../features/account/use-my-sessions';
import { beijingDateTime } from '../../../i18n/beijing-time';
import { tSessions } from '../../../i18n/sessions';
import './my-sessions.css';

/**
 * 我的登录 on the profile (issue 15): each live sign-in with its device and times in Beijing time,
 * this device marked; end one (the current one too: that signs out here) or all others; and the
 * "my account was stolen" freeze, which ends them all.
 */
export function MySessions({ onFrozen }: { onFrozen: () => void }) {
  const s = useMySessions(onFrozen);
  const m = tSessions;

  useEffect(() => {
    void s.load();
    // Loaded once when the profile shows; every action reloads the list itself.
  }, []);

  const others = s.sessions.filter((session) => !session.current);
  return (
    <View className="my-sessions">
      <View className="account-form__label my-sessions__title">{m.title}</View>
      <View className="account-form__hint">{m.intro}</View>
      {s.error && <View className="account-form__error my-sessions__error">{s.error}</View>}
      {s.sessions.map((session) => (
        <View key={session.id} className={`my-sessions__item${session.current ? ' my-sessions__item--current' : ''}`}>
          <View className="my-sessions__device">
            {session.device ?? m.unknownDevice}
            {session.current && <View className="my-sessions__current">{m.current}</View>}
          </View>
          <View className="my-sessions__time">{m.started(beijingDateTime(session.startedAt))}</View>
          <View className="my-sessions__time">{m.lastUsed(beijingDateTime(session.lastUsedAt))}</View>
          {!session.current && (
            <AppButton
              className="my-sessions__end"
              variant="default"
              disabled={s.busy}
              onClick={() => void s.end(session.id)}
            >
              {m.end}
            </AppButton>
          )}
        </View>
      ))}
      {others.length > 0 ? (
        <AppButton
          className="my-sessions__end-others"
          variant="default"
          disabled={s.busy}
          onClick={() => void s.endOthers()}
        >
          {m.endOthers}
        </AppButton>
      ) : (
        <View className="account-form__hint my-sessions__none">{m.none}</View>
      )}
      <View className="account-form__label">{m.stolenTitle}</View>
      <View className="account-form__hint">{m.stolenIntro}</View>
      <AppButton className="my-sessions__freeze" variant="warn" disabled={s.busy} onClick={() => void s.freeze()}>
        {m.stolenAction}
      </AppButton>
    </View>
  );
}
