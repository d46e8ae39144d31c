import { labelled, listOf } from '../../../../i18n/compose';
import { SignInPrompt } from '../../../../components/sign-in-prompt';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { Channel } from '../../../../../cloudfunctions/lib/contract/notify';
import { usePreferences } from '../../../../features/inbox/use-preferences';
import { tInbox as m } from '../../../../i18n/inbox';
import '../inbox.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';

/** Which notices reach me on which channel; security and legal notices are locked on, and it says why. */
/** The catalog names every channel (type-checked), so the contract's schemas stay out of this package. */
const CHANNELS = Object.keys(m.channels) as Channel[];

/** The kinds of notice a WeChat template carries, named in the UI language (its own title if none is known). */
function templateLabel(kinds: string[], title: string): string {
  const names = kinds.flatMap((kind) => {
    const name = (m.kinds as Record<string, string | undefined>)[kind];
    return name ? [name] : [];
  });
  return names.length > 0 ? listOf(names) : title;
}

export default function PreferencesPage() {
  usePageTitle(tp.titles.inboxPreferences);
  const care = useCareMode();
  const p = usePreferences();

  useDidShow(() => {
    void p.load();
  });

  if (p.signedOut) {
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
    <View className={`inbox preferences ${care.rootClass}`}>
      <View className="inbox__section">
        <View className="inbox__hint">{m.preferencesIntro}</View>
        <View className="inbox__hint preferences__locked-note">{m.lockedNote}</View>
      </View>
      {p.error && <View className="inbox__error">{p.error}</View>}
      {p.view && (
        <View className="inbox__section">
          {p.view.rows.map((row) => (
            <View
              key={row.kind}
              className={`inbox__row preferences__row preferences__row--${row.kind.replace('.', '-')}`}
            >
              <View>
                {m.kinds[row.kind]}
                {row.locked && <View className="inbox__hint preferences__locked">{m.locked}</View>}
              </View>
              <View className="inbox__switches">
                {CHANNELS.map((channel) => {
                  const on = row.channels[channel];
                  return (
                    <View
                      key={channel}
                      className={`inbox__switch qyb-tap preferences__switch--${channel}${on ? ' inbox__switch--on' : ''}${row.locked ? ' inbox__switch--locked' : ''}`}
                      role="switch"
                      aria-checked={on}
                      aria-disabled={row.locked}
                      onClick={() => !row.locked && void p.toggle(row.kind, channel, !on)}
                    >
                      {`${m.channels[channel]} ${on ? m.on : m.off}`}
                    </View>
                  );
                })}
              </View>
            </View>
          ))}
          {CHANNELS.filter((c) => !p.view?.addresses[c]).map((c) => (
            <View key={c} className="inbox__hint">
              {labelled(m.channels[c], m.noAddress)}
            </View>
          ))}
        </View>
      )}
      <View className="inbox__section">
        <View className="preferences__subscribe-title">{m.subscribeTitle}</View>
        <View className="inbox__hint">{m.subscribeIntro}</View>
        {p.templates.map((tmpl) => (
          <View key={tmpl.id} className="inbox__row preferences__template">
            {/* What the message tells, in the UI language; WeChat's own template title is Chinese only. */}
            <View>{templateLabel(tmpl.kinds, tmpl.title)}</View>
            <View className="inbox__hint">{m.remaining(tmpl.remaining)}</View>
          </View>
        ))}
        {/* Offered once the templates are known: a tap before that would ask WeChat for nothing. */}
        {p.templates.some((tmpl) => !tmpl.longTerm) && (
          <AppButton className="preferences__subscribe" onClick={() => void p.subscribe('oneTime')}>
            {m.subscribe}
          </AppButton>
        )}
        {p.longTermToAsk && (
          <>
            <View className="inbox__hint">{m.subscribeLongTermIntro}</View>
            <AppButton className="preferences__subscribe-long-term" onClick={() => void p.subscribe('longTerm')}>
              {m.subscribeLongTerm}
            </AppButton>
          </>
        )}
        {p.notice && <View className="inbox__hint preferences__notice">{p.notice}</View>}
      </View>
    </View>
  );
}
