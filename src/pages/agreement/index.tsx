import { View } from '@tarojs/components';
import { ScrollRegion } from '../../components/scroll-region';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PolicyChanges } from '../../components/policy-changes';
import { PolicyLanguageNote } from '../../components/policy-language-note';
import { PolicyToc } from '../../components/policy-toc';
import { PolicyView } from '../../components/policy-view';
import { firstScreenBlocks } from '../../features/consent/first-screen';
import { launchChanges } from '../../features/consent/launch-changes';
import { useLaunchConsent } from '../../features/consent/use-launch-consent';
import { t } from '../../i18n';
import { confirm } from '../../platform/dialog';
import { markAgreementShowing } from '../../platform/agreement-route';
import { dropFirstScreen, readFirstScreen } from '../../platform/first-screen';
import { afterFirstPaint } from '../../platform/launch-route';
import { ROUTES, goBack, navigate, pageQuery, redirect, relaunch } from '../../platform/navigation';
import {
  PRIVACY_AGREE_BUTTON_ID,
  agreePrivacy,
  hasPendingPrivacyRequest,
  refusePrivacy,
  reportPrivacyExposure,
} from '../../platform/privacy';
import './index.css';
import { AppButton } from '../../components/app-button';
import { calendarDay } from '../../i18n/beijing-time';
import { usePageTitle } from '../../platform/page-title';
import { useCareMode } from '../../features/care/use-care-mode';

/**
 * The rest follows a batch per painted frame, never as one long task: the tick box answers a tap
 * while the document is still being drawn (issue 18: the whole agreement at once held the screen
 * ~110 ms at a 4× CPU throttle).
 */
const BLOCKS_PER_FRAME = 16;

/**
 * The launch gate: both documents, an explicit tick, and two real choices. The agree button is
 * also WeChat's privacy authorization button, so one tap answers both; asked again after a new
 * version, the screen first shows what changed.
 */
export default function AgreementPage() {
  usePageTitle(t.titles.agreement);
  const care = useCareMode();
  const { status, documents, busy, error, accept, decline, settled, syncWithCloud } = useLaunchConsent();
  // H5, first launch: index.html showed this screen before the app's scripts ran; what was done on it carries over.
  const [handOver] = useState(readFirstScreen);
  const [active, setActive] = useState(0);
  const [ticked, setTicked] = useState(handOver?.ticked ?? false);
  const [showToc, setShowToc] = useState(false);
  const [anchor, setAnchor] = useState('');
  const [fromFeature] = useState(() => pageQuery().reason === 'privacy');
  const reconsent = status === 'outdated';
  const changes = useMemo(() => (reconsent ? launchChanges() : []), [reconsent, documents]);
  const agreed = useRef(false);
  // The first screen paints the document's opening blocks; the rest follows after that paint.
  const doc = documents[active];
  const [shown, setShown] = useState(() => firstScreenBlocks(doc.blocks));
  const total = doc.blocks.length;

  useEffect(() => {
    markAgreementShowing(true);
    if (hasPendingPrivacyRequest()) reportPrivacyExposure();
    // The versions in force are the cloud's: a version published since this build shows here.
    void syncWithCloud();
    return () => {
      markAgreementShowing(false);
      // Leaving without agreeing: a privacy API still waiting fails cleanly instead of hanging.
      if (!agreed.current) refusePrivacy();
    };
  }, []);

  // The copy goes as this page's first frame is laid out: no frame shows both, or neither.
  useLayoutEffect(dropFirstScreen, []);
  // A tap on the copy's buttons, made before this page could answer it, is answered now.
  useEffect(() => {
    if (handOver?.pending === 'agree') void onAgree();
    else if (handOver?.pending === 'disagree') void onDisagree();
  }, []);

  useEffect(() => {
    if (shown >= total) return undefined;
    return afterFirstPaint(() => setShown((n) => n + BLOCKS_PER_FRAME));
  }, [shown, total]);

  const onAgree = async () => {
    if (!ticked || busy) return;
    if (!(await accept())) return;
    agreed.current = true;
    if (fromFeature) goBack();
    else relaunch(ROUTES.home);
  };
  // Refusing a new version leaves a guest, and offers to close the account (agreement §10.2).
  const onDisagree = async () => {
    const cancel =
      (await settled()) === 'outdated' &&
      (await confirm({
        title: t.publication.refuseTitle,
        content: t.publication.refuseContent,
        confirmText: t.publication.refuseCancel,
        cancelText: t.publication.refuseStay,
      }));
    refusePrivacy();
    decline();
    if (cancel) redirect(ROUTES.accountProfile);
    else relaunch(ROUTES.home);
  };

  return (
    <View className={`agreement ${care.rootClass}`}>
      <View className="agreement__intro">{reconsent ? t.consent.reconsentIntro : t.agreement.intro}</View>
      {reconsent && <PolicyChanges documents={changes} labels={t.consent.changes} />}
      <View className="agreement__tabs" role="tablist">
        {documents.map((d, i) => (
          <View
            key={d.id}
            className={`agreement__tab agreement__tab--${d.id}${i === active ? ' agreement__tab--active' : ''}`}
            role="tab"
            aria-selected={i === active}
            onClick={() => {
              setActive(i);
              setAnchor('');
            }}
          >
            {t.policy.names[d.id]}
          </View>
        ))}
      </View>
      <View className="agreement__meta">
        <View className="agreement__version">
          {t.agreement.version} {doc.version} · {t.agreement.effective} {calendarDay(doc.effectiveDate)}
        </View>
        <View
          className="agreement__toc-toggle qyb-tap"
          role="button"
          aria-expanded={showToc}
          onClick={() => setShowToc(!showToc)}
        >
          {t.agreement.contents}
        </View>
      </View>
      <PolicyLanguageNote id={doc.id} version={doc.version} />
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
      {/* A region a keyboard can focus and scroll, named by the document it holds (WCAG 2.1.1). */}
      <ScrollRegion
        className="agreement__document policy-view"
        scrollY
        scrollIntoView={anchor}
        scrollWithAnimation
        label={t.policy.names[doc.id]}
      >
        {/* A jump from the contents needs its heading drawn: then the whole document at once. */}
        <PolicyView bare blocks={anchor ? doc.blocks : doc.blocks.slice(0, shown)} />
      </ScrollRegion>
      <View
        className={`agreement__tick${ticked ? ' agreement__tick--on' : ''}`}
        role="checkbox"
        aria-checked={ticked}
        onClick={() => setTicked(!ticked)}
      >
        <View className="agreement__box">{ticked ? '✓' : ''}</View>
        <View className="agreement__tick-label">{t.agreement.tick}</View>
      </View>
      {error && <View className="agreement__error">{error}</View>}
      <View className="agreement__actions">
        <AppButton className="agreement__disagree" onClick={() => void onDisagree()}>
          {t.agreement.disagree}
        </AppButton>
        <AppButton
          id={PRIVACY_AGREE_BUTTON_ID}
          className="agreement__agree"
          variant="primary"
          openType="agreePrivacyAuthorization"
          disabled={!ticked || busy}
          loading={busy}
          onAgreePrivacyAuthorization={agreePrivacy}
          onClick={() => void onAgree()}
        >
          {!ticked ? t.agreement.tickFirst : busy ? t.consent.saving : t.agreement.agree}
        </AppButton>
      </View>
      {reconsent && (
        <View className="agreement__cancel-account" role="link" onClick={() => navigate(ROUTES.accountProfile)}>
          {t.consent.cancelAccount}
        </View>
      )}
    </View>
  );
}
