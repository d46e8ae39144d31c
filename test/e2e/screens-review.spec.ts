import { reviewVariant } from './support/screens-review';
import { story } from './support/story';

describe('every screen in Simplified Chinese (the agreement included)', () => {
  story(
    'shows no codes, no faded enabled buttons, no small targets and no serious axe violations',
    async (mp) => {
      expect(await reviewVariant(mp, 'zh-CN')).toEqual([]);
    },
    240_000,
  );
});
