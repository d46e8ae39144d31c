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

/**
 * A policy document as the person reads it: headings, numbered clauses, bold clauses kept.
 * `bare`: the clauses alone, for a parent that carries the `policy-view` class itself, one view
 * level less (the weapp templates stop at config/index.ts `baseLevel`; the agreement's clauses stay within).
 */
export function PolicyView({ blocks, bare = false }: { blocks: readonly Block[]; bare?: boolean }) {
  const clauses = blocks.map((block, i) => {
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
  });
  return bare ? <>{clauses}</> : <View className="policy-view">{clauses}</View>;
}
