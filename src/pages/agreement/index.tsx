import { Button, ScrollView, View } from '@tarojs/components';
import { useState } from 'react';
import { PolicyToc } from '../../components/policy-toc';
import { PolicyView } from '../../components/policy-view';
import { LAUNCH_DOCUMENTS } from '../../features/consent/launch-consent';
import { useLaunchConsent } from '../../features/consent/use-launch-consent';
import { t } from '../../i18n';
import { ROUTES, relaunch } from '../../platform/navigation';
import './index.css';

/** The launch gate: both documents, an explicit tick, and two real choices. */
export default function AgreementPage() {
  const { accept, decline } = useLaunchConsent();
  const [active, setActive] = useState(0);
  const [ticked, setTicked] = useState(false);
  const [showToc, setShowToc] = useState(false);
  const [anchor, setAnchor] = useState('');
  const doc = LAUNCH_DOCUMENTS[active];

  const onAgree = () => {
    if (!ticked) return;
    accept();
    relaunch(ROUTES.home);
  };
  const onDisagree = () => {
    decline();
    relaunch(ROUTES.home);
  };

  return (
    <View className="agreement">
      <View className="agreement__intro">{t.agreement.intro}</View>
      <View className="agreement__tabs">
        {LAUNCH_DOCUMENTS.map((d, i) => (
          <View
            key={d.id}
            className={`agreement__tab agreement__tab--${d.id}${i === active ? ' agreement__tab--active' : ''}`}
            onClick={() => {
              setActive(i);
              setAnchor('');
            }}
          >
            {d.title}
          </View>
        ))}
      </View>
      <View className="agreement__meta">
        <View className="agreement__version">
          {t.agreement.version} {doc.version} · {t.agreement.effective} {doc.effectiveDate}
        </View>
        <View className="agreement__toc-toggle" onClick={() => setShowToc(!showToc)}>
          {t.agreement.contents}
        </View>
      </View>
      {showToc && (
        <PolicyToc
          entries={doc.toc}
          title={t.agreement.contents}
          onSelect={(a) => {
            setAnchor(a);
            setShowToc(false);
          }}
        />
      )}
      <ScrollView className="agreement__document" scrollY scrollIntoView={anchor} scrollWithAnimation>
        <PolicyView blocks={doc.blocks} />
      </ScrollView>
      <View
        className={`agreement__tick${ticked ? ' agreement__tick--on' : ''}`}
        role="checkbox"
        aria-checked={ticked}
        onClick={() => setTicked(!ticked)}
      >
        <View className="agreement__box">{ticked ? '✓' : ''}</View>
        <View className="agreement__tick-label">{t.agreement.tick}</View>
      </View>
      <View className="agreement__actions">
        <Button className="agreement__disagree" onClick={onDisagree}>
          {t.agreement.disagree}
        </Button>
        <Button className="agreement__agree" type="primary" disabled={!ticked} onClick={onAgree}>
          {ticked ? t.agreement.agree : t.agreement.tickFirst}
        </Button>
      </View>
    </View>
  );
}
