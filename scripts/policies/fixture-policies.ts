/**
 * Test builds only: the real documents plus test/fixtures/policies (a second agreement version,
 * marked as a fixture), so tests can publish a new version. Production builds never read these.
 */
import { join, resolve } from 'node:path';
import { buildPolicies } from './build-policies';
import { emitCatalogModule, emitLaunchModule, emitPolicyModule } from './emit-module';

const ROOT = resolve(__dirname, '..', '..');
export const FIXTURE_POLICIES_DIR = join(ROOT, 'test', 'fixtures', 'policies');
/** Where `npm run build:policies -- --with-fixtures` writes the module the e2e builds use. */
export const FIXTURE_POLICIES_MODULE = join(FIXTURE_POLICIES_DIR, 'generated', 'index.ts');
/** Beside it, the launch documents alone (policies/generated/launch.ts with the fixtures). */
export const FIXTURE_LAUNCH_MODULE = join(FIXTURE_POLICIES_DIR, 'generated', 'launch.ts');

/** Beside it, the versions' metadata alone (policies/generated/catalog.ts with the fixtures). */
export const FIXTURE_CATALOG_MODULE = join(FIXTURE_POLICIES_DIR, 'generated', 'catalog.ts');

/** The generated policies module's source, with the fixture versions added. */
export function policiesWithFixturesModule(today = new Date().toISOString().slice(0, 10)): string {
  return emitPolicyModule(withFixtures(), today, '../../../..');
}

/** The generated launch module's source, with the fixture versions added. */
export function launchWithFixturesModule(today = new Date().toISOString().slice(0, 10)): string {
  return emitLaunchModule(withFixtures(), today, '../../../..');
}

/** The generated catalog module's source, with the fixture versions added. */
export function catalogWithFixturesModule(today = new Date().toISOString().slice(0, 10)): string {
  return emitCatalogModule(withFixtures(), today);
}

function withFixtures() {
  const real = buildPolicies(join(ROOT, 'policies'));
  const fixtures = buildPolicies(FIXTURE_POLICIES_DIR);
  const errors = [...(real.ok ? [] : real.errors), ...(fixtures.ok ? [] : fixtures.errors)];
  if (!real.ok || !fixtures.ok) throw new Error(`policies with fixtures: build failed\n${errors.join('\n')}`);
  return [...real.documents, ...fixtures.documents];
}
