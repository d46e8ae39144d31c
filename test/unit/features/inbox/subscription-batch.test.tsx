import type { TemplateView } from '../../../../cloudfunctions/lib/contract/notify';
import { subscriptionBatch } from '../../../../src/features/inbox/subscription-batch';

const tmpl = (id: string, longTerm: boolean, remaining: number | null): TemplateView => ({
  id,
  title: id,
  kinds: [],
  longTerm,
  remaining,
});

const MIXED = [
  tmpl('once-a', false, 3),
  tmpl('long-a', true, 0),
  tmpl('once-b', false, 0),
  tmpl('long-accepted', true, null),
  tmpl('once-c', false, 1),
  tmpl('once-d', false, 2),
  tmpl('long-b', true, 0),
];

describe('subscriptionBatch', () => {
  describe('when one-time and long-term templates are both configured', () => {
    it('never mixes the classes in one request (WeChat errCode 20002)', () => {
      const oneTime = subscriptionBatch(MIXED, 'oneTime');
      const longTerm = subscriptionBatch(MIXED, 'longTerm');
      const isLong = new Map(MIXED.map((t) => [t.id, t.longTerm]));
      expect(oneTime.map((id) => isLong.get(id))).toEqual([false, false, false]);
      expect(longTerm.map((id) => isLong.get(id))).toEqual([true, true]);
    });

    it('asks one-time templates with the fewest sends left first, at most three', () => {
      expect(subscriptionBatch(MIXED, 'oneTime')).toEqual(['once-b', 'once-c', 'once-d']);
    });

    it('asks long-term templates only until they are accepted', () => {
      expect(subscriptionBatch(MIXED, 'longTerm')).toEqual(['long-a', 'long-b']);
      expect(subscriptionBatch([tmpl('long-accepted', true, null)], 'longTerm')).toEqual([]);
    });
  });
});
