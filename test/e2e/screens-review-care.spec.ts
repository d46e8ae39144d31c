import { reviewVariant } from './support/screens-review';
import { story } from './support/story';

describe('every screen in 关怀模式', () => {
  story(
    'shows no codes, no faded enabled buttons, no small targets and no serious axe violations',
    async (mp) => {
      expect(await reviewVariant(mp, 'care')).toEqual([]);
    },
    240_000,
  );
});
