import { requestScreensSpec } from './support/requests-journey';

requestScreensSpec('in English', [], ['en']);
