/**
 * The automator bridge drives the H5 build through this hook. The constant is false in every
 * build but the e2e one, so the bundler drops the body and production builds carry nothing.
 */
export function installE2EHooks(): void {
  if (!__QYB_E2E_HOOKS__) return;
}
