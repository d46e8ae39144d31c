import { CATALOG_LANGUAGE_VARIANTS } from './support/review-variants';
import { story } from './support/story';
import { LONG_STORY_MS, approvedRequestOf, saveReviewScreens } from './support/requests-journey';

/**
 * The request screens a person looks at (issue 20), in English: requests-apply.spec.ts walks the journey
 * through the screens; here the request is made through the functions, and each group of variants
 * has a spec of its own so they run side by side on Jest's workers.
 */
describe('service requests: the request screens, in English', () => {
  story(
    'an approved request, 我的办件 and the catalog in English',
    async (miniProgram) => {
      const requestId = await approvedRequestOf(miniProgram, 'screens_person');
      await saveReviewScreens(
        miniProgram,
        requestId,
        [],
        CATALOG_LANGUAGE_VARIANTS.filter((v) => v.locale === 'en'),
      );
    },
    LONG_STORY_MS,
  );
});
