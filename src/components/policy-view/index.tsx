import { Text, View } from '@tarojs/components';
import type { Block, Span } from '../../../policies/generated';
import './index.css';

function Spans({ spans }: { spans: readonly Span[] }) {
  return (
    <>
      {spans.map((span, i) => (
        <Text key={i} className={span.bold ? 'policy-view__bold' : undefined}>
          {span.text}
        </Text>
      ))}
    </>
  );
}

/** A policy document as the person reads it: headings, numbered clauses, bold clauses kept. */
export function PolicyView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <View className="policy-view">
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          return (
            <View key={i} id={block.anchor} className={`policy-view__h${block.level}`}>
              {block.text}
            </View>
          );
        }
        return (
          <View key={i} className={block.kind === 'listItem' ? 'policy-view__li' : 'policy-view__p'}>
            <Spans spans={block.spans} />
          </View>
        );
      })}
    </View>
  );
}
