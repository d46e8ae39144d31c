import { story } from './support/story';
import { LONG_STORY_MS, approvedRequestOf, saveReviewScreens } from './support/requests-journey';

/**
 * The request screens a person looks at (issue 20), in Traditional Chinese: requests-apply.spec.ts walks the journey
 * through the screens; here the request is made through the functions, and each group of variants
 * has a spec of its own so they run side by side on Jest's workers.
 */
describe('service requests: the request screens, in Traditional Chinese', () => {
  story(
    'an approved request, 我的办件, home and the catalog in Traditional Chinese (Macao)',
    async (miniProgram) => {
      const requestId = await approvedRequestOf(miniProgram, 'screens_person');
      await saveReviewScreens(miniProgram, requestId, ['zh-MO'], []);
    },
    LONG_STORY_MS,
  );
});
