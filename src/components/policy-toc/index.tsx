import { View } from '@tarojs/components';
import './index.css';

export interface TocEntry {
  anchor: string;
  text: string;
}

interface PolicyTocProps {
  entries: readonly TocEntry[];
  title: string;
  onSelect: (anchor: string) => void;
}

/** The table of contents; choosing an entry scrolls the document to that heading. */
export function PolicyToc({ entries, title, onSelect }: PolicyTocProps) {
  return (
    <View className="policy-toc">
      <View className="policy-toc__title">{title}</View>
      {entries.map((entry) => (
        <View
          key={entry.anchor}
          className="policy-toc__item"
          data-anchor={entry.anchor}
          role="link"
          onClick={() => onSelect(entry.anchor)}
        >
          {entry.text}
        </View>
      ))}
    </View>
  );
}
