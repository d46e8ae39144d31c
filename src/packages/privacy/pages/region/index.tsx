import { View } from '@tarojs/components';
import { useEffect } from 'react';
import { useRegionChoice } from '../../../../features/permissions/use-region-choice';
import { t } from '../../../../i18n';
import { tp } from '../../../../i18n/packages';
import { goBack } from '../../../../platform/navigation';
import { writeStored } from '../../../../platform/storage';
import { regionName } from '../../../../i18n/region-name';
import './index.css';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

/**
 * "Switch city / fill in my region" for the home page (kept in this subpackage for the main package
 * budget): locate from a tap; when location is refused the list below still works. Only the
 * region is kept, never the point.
 */
export default function RegionPage() {
  usePageTitle(tp.titles.region);
  const care = useCareMode();
  const { region, regions, notice, locate, choose } = useRegionChoice();

  useEffect(() => {
    if (!region) return;
    writeStored('home.region', { id: region.id, name: region.name });
    goBack();
  }, [region]);

  return (
    <View className={`region-page ${care.rootClass}`}>
      <View className="region-page__locate home__region-locate" role="button" onClick={() => void locate()}>
        {t.home.regionLocate}
      </View>
      {notice && <View className="region-page__notice home__region-notice">{notice}</View>}
      <View className="region-page__list home__region-list">
        {regions.map((candidate) => (
          <View
            key={candidate.id}
            className={`region-page__option home__region-option home__region-option--${candidate.id}`}
            role="button"
            onClick={() => choose(candidate.id)}
          >
            {regionName(candidate)}
          </View>
        ))}
      </View>
    </View>
  );
}
