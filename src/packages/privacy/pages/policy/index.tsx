import { ScrollView, View } from '@tarojs/components';
import { useState } from 'react';
import { CURRENT_POLICIES, type PolicyId } from '../../../../../policies/generated';
import { PolicyToc } from '../../../../components/policy-toc';
import { PolicyView } from '../../../../components/policy-view';
import { documentInEffect, findVersion } from '../../../../features/consent/in-effect';
import { t } from '../../../../i18n';
import { pageQuery } from '../../../../platform/navigation';
import './index.css';
import { calendarDay } from '../../../../i18n/beijing-time';
import { useCareMode } from '../../../../features/care/use-care-mode';

function isPolicyId(id: string | undefined): id is PolicyId {
  return id !== undefined && Object.prototype.hasOwnProperty.call(CURRENT_POLICIES, id);
}

/**
 * Any document in force, readable at any time, with or without consent; `version` opens another
 * version this build ships (a publication's notice opens the version announced).
 */
export default function PolicyPage() {
  const care = useCareMode();
  const [{ id, version }] = useState(() => pageQuery());
  const [anchor, setAnchor] = useState('');
  if (!isPolicyId(id)) return <View className="policy-page__missing">{t.policy.notFound}</View>;
  const doc = (version && findVersion(id, version)) || documentInEffect(id);
  return (
    <ScrollView className={`policy-page ${care.rootClass}`} scrollY scrollIntoView={anchor}>
      <View className="policy-page__meta">
        {t.agreement.version} {doc.version} · {t.agreement.effective} {calendarDay(doc.effectiveDate)}
      </View>
      <PolicyToc entries={doc.toc} title={t.agreement.contents} onSelect={setAnchor} />
      <PolicyView blocks={doc.blocks} />
    </ScrollView>
  );
}
