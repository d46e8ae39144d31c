import { reviewVariant } from './support/screens-review';
import { story } from './support/story';

describe('every screen in English (longer words, the same checks)', () => {
  story(
    'shows no codes, no faded enabled buttons, no small targets and no serious axe violations',
    async (mp) => {
      expect(await reviewVariant(mp, 'en')).toEqual([]);
    },
    240_000,
  );
});
