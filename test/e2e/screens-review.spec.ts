import { reviewGuestScreens } from './support/screens-review';
import { story } from './support/story';

describe('every screen a guest reaches, in 简体, 关怀模式, 繁體（澳門） and Português (the agreement included)', () => {
  story(
    'shows no codes, no faded enabled buttons, no small targets, no serious axe violations and nothing left in 简体',
    async (mp) => {
      expect(await reviewGuestScreens(mp)).toEqual([]);
    },
    240_000,
  );
});
