import { TestEnvironment } from 'jest-environment-node';
import { WarmInstances } from '../../localcloud/functions/warm-instances';

/**
 * One per Jest worker process: Jest loads the environment module once per worker, outside the
 * files' sandboxes, so what one file's local cloud leaves warm here the next file's can take
 * (test/support/local-cloud.ts passes it on as `warmInstances`).
 */
const warm = new WarmInstances();

export type WarmInstancesGlobal = { __qybWarmInstances?: WarmInstances };

/** Node's test environment, with the worker's warm function instances on the files' global. */
export default class IntegrationEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    (this.global as WarmInstancesGlobal).__qybWarmInstances = warm;
  }
}
