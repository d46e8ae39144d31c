import { requestScreensSpec } from './support/requests-journey';

requestScreensSpec('in Traditional Chinese', ['zh-MO'], []);
