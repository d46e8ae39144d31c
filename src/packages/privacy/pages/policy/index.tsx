import { View } from '@tarojs/components';
import { ScrollRegion } from '../../../../components/scroll-region';
import { useState } from 'react';
import { CURRENT_POLICIES, POLICY_DOCUMENTS, type PolicyId } from '../../../../../policies/generated';
import { PolicyLanguageNote } from '../../../../components/policy-language-note';
import { PolicyToc } from '../../../../components/policy-toc';
import { PolicyView } from '../../../../components/policy-view';
import { findVersion, inEffect } from '../../../../features/consent/in-effect';
import { t } from '../../../../i18n';
import { tp } from '../../../../i18n/packages';
import { pageQuery } from '../../../../platform/navigation';
import { readingCopyOf } from './reading-copy';
import './index.css';
import { calendarDay } from '../../../../i18n/beijing-time';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

function isPolicyId(id: string | undefined): id is PolicyId {
  return id !== undefined && Object.prototype.hasOwnProperty.call(CURRENT_POLICIES, id);
}

/**
 * Any document in force, readable at any time, with or without consent; `version` opens another
 * version this build ships (a publication's notice opens the version announced); `copy=traditional`
 * opens its Traditional reading copy, labelled as a reading aid (the Simplified text prevails).
 */
export default function PolicyPage() {
  usePageTitle(tp.titles.policy);
  const [{ id, version, copy }] = useState(() => pageQuery());
  const care = useCareMode();
  const [anchor, setAnchor] = useState('');
  if (!isPolicyId(id)) return <View className="policy-page__missing">{t.policy.notFound}</View>;
  const doc =
    (version && findVersion(id, version, POLICY_DOCUMENTS)) || inEffect(id, POLICY_DOCUMENTS, CURRENT_POLICIES[id]);
  const reading = copy === 'traditional' ? readingCopyOf(doc.id, doc.version) : undefined;
  const shown = reading ?? doc;
  return (
    <ScrollRegion className={`policy-page ${care.rootClass}`} scrollY scrollIntoView={anchor} label={doc.title}>
      <View className="policy-page__meta">
        {t.agreement.version} {doc.version} · {t.agreement.effective} {calendarDay(doc.effectiveDate)}
      </View>
      {copy === 'traditional' && !reading && <View className="policy-page__meta">{t.policy.readingCopyMissing}</View>}
      <PolicyLanguageNote id={doc.id} version={doc.version} reading={reading !== undefined} />
      <PolicyToc entries={shown.toc} title={t.agreement.contents} onSelect={setAnchor} />
      <PolicyView blocks={shown.blocks} />
    </ScrollRegion>
  );
}
