import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useLaunchConsent } from '../../features/consent/use-launch-consent';
import { AnnouncementBanner } from '../../components/announcement-banner';
import { useAnnouncements } from '../../features/inbox/use-announcements';
import { LanguageSwitch } from '../../components/language-switch';
import { CareSwitch } from '../../components/care-switch';
import { useUnreadCount } from '../../features/inbox/use-unread-count';
import { useUpcomingPolicies } from '../../features/consent/use-upcoming-policies';
import { useNetworkStatus } from '../../features/permissions/use-network-status';
import { t } from '../../i18n';
import { ROUTES, navigate, redirect } from '../../platform/navigation';
import { callServiceLine } from '../../platform/permissions/phone';
import { readStored } from '../../platform/storage';
import './index.css';
import { calendarDay } from '../../i18n/beijing-time';
import { useCareMode } from '../../features/care/use-care-mode';

const DOCUMENT_LINKS = [
  { id: 'user-agreement', title: '用户协议' },
  { id: 'privacy-policy', title: '个人信息保护政策' },
  { id: 'sdk-list', title: '第三方SDK信息' },
] as const;

export default function HomePage() {
  const care = useCareMode();
  const { status, refresh, syncWithCloud } = useLaunchConsent();
  const network = useNetworkStatus();
  const inbox = useUnreadCount();
  const publications = useUpcomingPolicies();
  const notices = useAnnouncements();
  // Until the person locates or picks a region (packages/privacy region page), Hengqin.
  const [regionName, setRegionName] = useState<string>(t.home.regionDefault);
  const [staff, setStaff] = useState(false);

  useDidShow(() => {
    refresh();
    setRegionName(readStored('home.region')?.name ?? t.home.regionDefault);
    setStaff(readStored('account.staff') === true);
    void syncWithCloud();
    void publications.load();
    void notices.load();
    void inbox.refresh();
  });

  useEffect(() => {
    if (status === 'undecided' || status === 'outdated') redirect(ROUTES.agreement);
  }, [status]);

  return (
    <View className={`home ${care.rootClass}`}>
      {!network.online && <View className="home__offline">{t.permissions.network.offline}</View>}
      <View className="home__hero">
        <View className="home__welcome">{t.home.welcome}</View>
        <View className="home__subtitle qyb-care-hide">{t.home.subtitle}</View>
        <View className="home__owner qyb-care-hide">{t.app.owner}</View>
      </View>
      <View className="home__section home__care">
        <CareSwitch />
      </View>
      <AnnouncementBanner announcements={notices.announcements} />
      {publications.upcoming.map((p) => (
        <View
          key={p.id}
          className={`home__upcoming home__upcoming--${p.id}`}
          onClick={() => navigate(ROUTES.policy, { id: p.id, version: p.version })}
        >
          {t.publication.upcoming(p.title, calendarDay(p.effectiveDate))}
          {p.changeSummary}
        </View>
      ))}
      {status === 'declined' && (
        <View className="home__guest">
          <View className="home__guest-text">{t.home.guestNotice}</View>
          <View className="home__guest-action" onClick={() => navigate(ROUTES.agreement)}>
            {t.home.reviewAgreement}
          </View>
        </View>
      )}
      <View className="home__section">
        <View className="home__region" onClick={() => navigate(ROUTES.region)}>
          <View className="home__region-label">{t.home.region}</View>
          <View className="home__region-value">{regionName}</View>
        </View>
      </View>
      {status !== 'declined' && (
        <View className="home__section">
          <View className="home__doc home__account" onClick={() => navigate(ROUTES.accountProfile)}>
            {t.account.profileTitle}
          </View>
          <View className="home__doc home__services" onClick={() => navigate(ROUTES.services)}>
            {t.home.services}
          </View>
          <View className="home__doc home__my-requests" onClick={() => navigate(ROUTES.myRequests)}>
            {t.home.myRequests}
          </View>
          {staff && (
            <View className="home__doc home__staff" onClick={() => navigate(ROUTES.staffDesk)}>
              {t.home.staff}
            </View>
          )}
          <View className="home__doc home__inbox" onClick={() => navigate(ROUTES.inbox)}>
            {t.home.inbox}
            {inbox.unread > 0 && <View className="home__badge">{inbox.unread}</View>}
          </View>
        </View>
      )}
      <View className="home__section">
        <View className="home__section-title">{t.home.documents}</View>
        {DOCUMENT_LINKS.map((doc) => (
          <View
            key={doc.id}
            className={`home__doc home__doc--${doc.id}`}
            onClick={() => navigate(ROUTES.policy, { id: doc.id })}
          >
            {doc.title}
          </View>
        ))}
        <View className="home__doc home__privacy-center" onClick={() => navigate(ROUTES.privacyCenter)}>
          {t.privacyCenter.entry}
        </View>
      </View>
      <View className="home__section home__language qyb-care-hide">
        <LanguageSwitch page={ROUTES.home} />
      </View>
      <View className="home__section">
        <View className="home__section-title">{t.home.contact}</View>
        <View className="home__service-line" onClick={() => void callServiceLine()}>
          {t.app.serviceLine}
        </View>
      </View>
    </View>
  );
}
