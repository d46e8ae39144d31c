import { View } from '@tarojs/components';
import { useState } from 'react';
import { matchesQuery, useCatalog } from '../../../../features/requests/use-catalog';
import { tr } from '../../../../i18n/requests';
import { MATTER_CATEGORIES, type MatterCategory } from '../../../../../cloudfunctions/lib/contract/requests';
import { ROUTES, navigate, usePageQuery } from '../../../../platform/navigation';
import '../../../../styles/service-desk.css';
import { SearchField } from '../../../../components/text-field/search-field';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';

export default function CatalogPage() {
  usePageTitle(tp.titles.catalog);
  const care = useCareMode();
  const { category: asked, q } = usePageQuery();
  // Home's search opens the catalog with what was typed (`?q=`); it can be changed here.
  const [query, setQuery] = useState(q ?? '');
  const category = MATTER_CATEGORIES.find((c): c is MatterCategory => c === asked);
  const { groups: all, error } = useCatalog(category);
  const groups = all && matchesQuery(all, query);
  const m = tr.catalog;
  return (
    <View className={`svc catalog ${care.rootClass}`}>
      <View className="svc__title">{category ? m.categories[category] : m.title}</View>
      <View className="svc__hint">{m.intro}</View>
      <View className="svc__choices">
        <View className="svc__choice qyb-tap catalog__to-mine" role="link" onClick={() => navigate(ROUTES.myRequests)}>
          {tr.mine.title}
        </View>
        <View
          className="svc__choice qyb-tap catalog__to-enterprise"
          role="link"
          onClick={() => navigate(ROUTES.enterprise)}
        >
          {tr.enterprise.title}
        </View>
      </View>
      <SearchField name="catalog__search" value={query} placeholder={m.search} onChange={setQuery} />
      {error && <View className="svc__error catalog__error">{error}</View>}
      {groups?.length === 0 && (
        <View className="svc__hint catalog__empty">{query.trim() ? m.noMatch(query.trim()) : m.empty}</View>
      )}
      {groups?.map((group) => (
        <View key={group.department} className="svc__card catalog__department">
          <View className="svc__card-title">{group.department}</View>
          {group.matters.map((matter) => (
            <View
              key={matter.code}
              className={`svc__row catalog__matter catalog__matter--${matter.code}`}
              role="link"
              onClick={() => navigate(ROUTES.matter, { code: matter.code })}
            >
              <View className="catalog__matter-main">
                <View className="catalog__matter-name">{matter.name}</View>
                <View>
                  <View className="svc__tag">{m.categories[matter.category]}</View>
                  {matter.offlineDelivery && <View className="svc__tag">{m.offline}</View>}
                </View>
              </View>
              <View className="svc__row-label">{m.workingDays(matter.promisedWorkingDays)}</View>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
