import { TestEnvironment } from 'jest-environment-node';
import { WarmInstances } from '../../localcloud/functions/warm-instances';
import { requireWxServerSdk } from './wx-server-sdk';

/**
 * One per Jest worker process: Jest loads the environment module once per worker, outside the
 * files' sandboxes, so what one file's local cloud leaves warm here the next file's can take
 * (test/support/local-cloud.ts passes it on as `warmInstances`).
 */
const warm = new WarmInstances();

/**
 * The test side's wx-server-sdk, loaded once per worker outside the files' sandboxes: inside each
 * file's, Jest would load its ~430 modules again (0.6 s of CPU a file on a 2-vCPU VM, 95 files).
 * Each file still makes its own SDK instances (`createNewInstance`, test/support/local-cloud.ts).
 * What it answers belongs to this realm, not the file's: a Date it reads is a Date, but not an
 * `instanceof` the file's Date (node:util's `types.isDate` tells either realm's).
 */
let sdk: unknown;
function outerSdk(): unknown {
  sdk ??= requireWxServerSdk();
  return sdk;
}

export type IntegrationGlobals = { __qybWarmInstances?: WarmInstances; __qybWxServerSdk?: () => unknown };

/** Node's test environment, with the worker's warm function instances and SDK on the files' global. */
export default class IntegrationEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    const globals = this.global as IntegrationGlobals;
    globals.__qybWarmInstances = warm;
    globals.__qybWxServerSdk = outerSdk;
  }
}
