import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { type ReactNode, useEffect, useState } from 'react';
import { useLaunchConsent } from '../../features/consent/use-launch-consent';
import { AnnouncementBanner } from '../../components/announcement-banner';
import { useAnnouncements } from '../../features/inbox/use-announcements';
import { LanguageSwitch } from '../../components/language-switch';
import { CareSwitch } from '../../components/care-switch';
import { useUnreadCount } from '../../features/inbox/use-unread-count';
import { GLANCE_GROUPS, useRequestGlance } from '../../features/requests/use-request-glance';
import { LineIcon, type LineIconName } from '../../components/line-icon';
import { SearchField } from '../../components/text-field/search-field';
import { useUpcomingPolicies } from '../../features/consent/use-upcoming-policies';
import { useNetworkStatus } from '../../features/permissions/use-network-status';
import { t } from '../../i18n';
import { ROUTES, navigate } from '../../platform/navigation';
import { openAgreement } from '../../platform/agreement-route';
import { callServiceLine } from '../../platform/permissions/phone';
import { readStored, type StoredRegion } from '../../platform/storage';
import { regionName } from '../../i18n/region-name';
import './index.css';
import { calendarDay } from '../../i18n/beijing-time';
import { usePageTitle } from '../../platform/page-title';
import { useCareMode } from '../../features/care/use-care-mode';

/** The documents home links to; their names come from the catalog in the UI language. */
const DOCUMENT_LINKS = ['user-agreement', 'privacy-policy', 'sdk-list'] as const;
/** The service grid: the matters catalog by category, each with its line icon. */
const CATEGORIES = ['registration', 'filing', 'certificate', 'subsidy'] as const;

export default function HomePage() {
  usePageTitle(t.titles.home);
  const care = useCareMode();
  const { status, refresh, syncWithCloud } = useLaunchConsent();
  const network = useNetworkStatus();
  const inbox = useUnreadCount();
  const requests = useRequestGlance();
  const [query, setQuery] = useState('');
  const publications = useUpcomingPolicies();
  const notices = useAnnouncements();
  // Until the person locates or picks a region (packages/privacy region page), Hengqin.
  // The picked region (its id names it in the UI language of each render); without one, Hengqin.
  const [region, setRegion] = useState<StoredRegion | null>(null);
  const [staff, setStaff] = useState(false);

  useDidShow(() => {
    refresh();
    setRegion(readStored('home.region'));
    setStaff(readStored('account.staff') === true);
    void syncWithCloud();
    void publications.load();
    void notices.load();
    void inbox.refresh();
    void requests.refresh();
  });

  // [icon and class, label, tap, badge]: one row of data per tile keeps the main package small (issue 18).
  const tiles: [LineIconName, string, () => void, ReactNode?][] = [
    ['all', t.home.allMatters, () => navigate(ROUTES.services)],
    ...CATEGORIES.map((c): [LineIconName, string, () => void] => [
      c,
      t.home.categories[c],
      () => navigate(ROUTES.services, { category: c }),
    ]),
    ['my-requests', t.home.myRequests, () => navigate(ROUTES.myRequests)],
    [
      'inbox',
      t.home.inbox,
      () => navigate(ROUTES.inbox),
      inbox.unread > 0 && <View className="home__badge">{inbox.unread}</View>,
    ],
    ['account', t.account.profileTitle, () => navigate(ROUTES.accountProfile)],
  ];
  const search = () => navigate(ROUTES.services, query.trim() ? { q: query.trim() } : undefined);
  if (staff) tiles.push(['staff', t.home.staff, () => navigate(ROUTES.staffDesk)]);

  const gated = status === 'undecided' || status === 'outdated';
  useEffect(() => {
    if (gated) openAgreement('redirect');
  }, [gated]);
  // Someone who has not agreed goes to the agreement before any of home is drawn.
  if (gated) return <View className="home" />;

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
          role="link"
          onClick={() => navigate(ROUTES.policy, { id: p.id, version: p.version })}
        >
          {t.publication.upcoming(p.title, calendarDay(p.effectiveDate))}
          {p.changeSummary}
        </View>
      ))}
      {status === 'declined' && (
        <View className="home__guest">
          <View className="home__guest-text">{t.home.guestNotice}</View>
          <View className="home__guest-action qyb-tap" role="link" onClick={() => navigate(ROUTES.agreement)}>
            {t.home.reviewAgreement}
          </View>
        </View>
      )}
      <View className="home__section">
        <View className="home__region" role="link" onClick={() => navigate(ROUTES.region)}>
          <View className="home__region-label">{t.home.region}</View>
          <View className="home__region-value">{region ? regionName(region) : t.home.regions.hengqin}</View>
        </View>
      </View>
      {status !== 'declined' && (
        <SearchField
          name="home__search qyb-care-hide"
          value={query}
          placeholder={t.home.search}
          onChange={setQuery}
          onSearch={search}
          actionLabel={t.home.searchAction}
        />
      )}
      {requests.glance && (
        <View className="home__section home__glance">
          <View className="home__section-title">{t.home.myRequests}</View>
          <View className="home__glance-row">
            {GLANCE_GROUPS.map((group) => (
              <View
                key={group}
                role="button"
                className={`home__glance-cell home__glance--${group}`}
                onClick={() => navigate(ROUTES.myRequests, { group })}
              >
                <View className="home__glance-count">{requests.glance?.[group]}</View>
                {t.home.glance[group]}
              </View>
            ))}
          </View>
        </View>
      )}
      {status !== 'declined' && (
        <View className="home__section">
          <View className="home__section-title">{t.home.services}</View>
          <View className="home__grid">
            {tiles.map(([name, label, go, extra]) => (
              <View key={name} role="button" className={`home__tile home__${name}`} onClick={go}>
                <LineIcon name={name} className={`home__icon home__icon--${name}`} />
                {label}
                {extra}
              </View>
            ))}
          </View>
        </View>
      )}
      <View className="home__section">
        <View className="home__section-title">{t.home.documents}</View>
        {DOCUMENT_LINKS.map((id) => (
          <View
            key={id}
            className={`home__doc home__doc--${id}`}
            role="link"
            onClick={() => navigate(ROUTES.policy, { id })}
          >
            {t.policy.names[id]}
          </View>
        ))}
        <View className="home__doc home__privacy-center" role="link" onClick={() => navigate(ROUTES.privacyCenter)}>
          {t.privacyCenter.entry}
        </View>
      </View>
      <View className="home__section home__language qyb-care-hide">
        <LanguageSwitch />
      </View>
      <View className="home__section">
        <View className="home__section-title">{t.home.contact}</View>
        <View className="home__service-line" role="button" onClick={() => void callServiceLine()}>
          {t.app.serviceLine}
        </View>
      </View>
    </View>
  );
}
