import { Text, View } from '@tarojs/components';
import { Fragment } from 'react';
import type { Block, Span } from '../../../policies/generated';
import './index.css';

/**
 * Plain spans are the clause's own text; only a bold span is an element of its own. Every Taro
 * element is a custom element in H5 (and a node in the weapp render tree): the agreement's first
 * screen draws half as many (issue 18).
 */
function Spans({ spans }: { spans: readonly Span[] }) {
  return (
    <>
      {spans.map((span, i) =>
        span.bold ? (
          <Text key={i} className="policy-view__bold">
            {span.text}
          </Text>
        ) : (
          <Fragment key={i}>{span.text}</Fragment>
        ),
      )}
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
