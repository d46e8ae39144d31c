import { diffClauses } from '../../../../src/features/consent/clause-diff';
import { AGREEMENT_V1, CURRENT_POLICIES } from '../../../fixtures/policies-two-versions';

describe('diffClauses', () => {
  it('lists changed, added and removed clauses by their number, in the new order', () => {
    const changes = diffClauses(AGREEMENT_V1.blocks, CURRENT_POLICIES['user-agreement'].blocks);
    expect(changes.map((c) => [c.kind, c.clause])).toEqual([
      ['changed', '10.2'],
      ['added', '10.4'],
      ['removed', '10.3'],
    ]);
    expect(changes[0]?.before).toContain('我们将在修订生效前通知您');
    expect(changes[0]?.after).toContain('至少七日');
  });

  it('finds nothing between a version and itself', () => {
    expect(diffClauses(AGREEMENT_V1.blocks, AGREEMENT_V1.blocks)).toEqual([]);
  });

  it('tells an unnumbered paragraph by its own text', () => {
    const para = (text: string) => ({ kind: 'paragraph' as const, spans: [{ text, bold: false }] });
    const changes = diffClauses([para('欢迎您使用琴易办！')], [para('欢迎您使用琴易办小程序！')]);
    expect(changes.map((c) => c.kind)).toEqual(['added', 'removed']);
  });
});
