import { requestScreensSpec } from './support/requests-journey';

requestScreensSpec('in Portuguese, and Portuguese with 关怀模式', [], ['pt-PT']);
