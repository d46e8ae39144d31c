import { View } from '@tarojs/components';
import type { ClauseChange } from '../../features/consent/clause-diff';
import './index.css';

export interface DocumentChanges {
  id: string;
  title: string;
  fromVersion: string | null;
  toVersion: string;
  summary: string;
  clauses: ClauseChange[];
}

interface Props {
  documents: DocumentChanges[];
  labels: { title: string; from: string; to: string; added: string; removed: string; changed: string; none: string };
}

/** What changed since the person last agreed: the manifest's summary, then clause by clause. */
export function PolicyChanges({ documents, labels }: Props) {
  const kindLabel = { added: labels.added, removed: labels.removed, changed: labels.changed };
  return (
    <View className="policy-changes">
      <View className="policy-changes__title">{labels.title}</View>
      {documents.map((doc) => (
        <View key={doc.id} className={`policy-changes__doc policy-changes__doc--${doc.id}`}>
          <View className="policy-changes__doc-title">
            {doc.title} {doc.fromVersion ? `${labels.from} ${doc.fromVersion} ` : ''}
            {labels.to} {doc.toVersion}
          </View>
          {doc.summary && <View className="policy-changes__summary">{doc.summary}</View>}
          {doc.clauses.length === 0 && <View className="policy-changes__none">{labels.none}</View>}
          {doc.clauses.map((change, i) => (
            <View key={i} className={`policy-changes__clause policy-changes__clause--${change.kind}`}>
              <View className="policy-changes__kind">
                {kindLabel[change.kind]} {change.clause}
              </View>
              <View className="policy-changes__text">{change.after ?? change.before}</View>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
