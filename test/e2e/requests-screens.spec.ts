import { requestScreensSpec } from './support/requests-journey';

requestScreensSpec('in Simplified Chinese and 关怀模式', ['zh-CN', 'care'], []);
