import { story } from './support/story';
import { LONG_STORY_MS, approvedRequestOf, saveReviewScreens } from './support/requests-journey';

/**
 * The request screens a person looks at (issue 20), as it comes and in 关怀模式: requests-apply.spec.ts walks the journey
 * through the screens; here the request is made through the functions, and each group of variants
 * has a spec of its own so they run side by side on Jest's workers.
 */
describe('service requests: the request screens, as it comes and in 关怀模式', () => {
  story(
    'an approved request, 我的办件 and home in Simplified Chinese and 关怀模式',
    async (miniProgram) => {
      const requestId = await approvedRequestOf(miniProgram, 'screens_person');
      await saveReviewScreens(miniProgram, requestId, ['zh-CN', 'care'], []);
    },
    LONG_STORY_MS,
  );
});
