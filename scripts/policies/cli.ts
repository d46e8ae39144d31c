/**
 * `npm run build:policies`: validates policies/ and writes policies/generated/index.ts, the launch
 * documents alone to policies/generated/launch.ts (what the weapp main package carries), the versions'
 * metadata alone to policies/generated/catalog.ts (what the cloud functions carry), and the
 * Traditional reading copies (a reading aid, never agreed to) to policies/generated/reading-copy.ts.
 * `--with-fixtures` (test builds only) writes test/fixtures/policies/generated/index.ts, launch.ts and catalog.ts
 * instead: the same documents plus the fixture versions of test/fixtures/policies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildPolicies } from './build-policies';
import { emitCatalogModule, emitLaunchModule, emitPolicyModule } from './emit-module';
import { READING_COPY_MODULE, emitReadingCopyModule } from './emit-reading-copy';
import {
  FIXTURE_CATALOG_MODULE,
  FIXTURE_LAUNCH_MODULE,
  FIXTURE_POLICIES_MODULE,
  catalogWithFixturesModule,
  launchWithFixturesModule,
  policiesWithFixturesModule,
} from './fixture-policies';

const root = resolve(__dirname, '..', '..', 'policies');
const today = new Date().toISOString().slice(0, 10);

if (process.argv.includes('--with-fixtures')) {
  mkdirSync(dirname(FIXTURE_POLICIES_MODULE), { recursive: true });
  writeFileSync(FIXTURE_POLICIES_MODULE, policiesWithFixturesModule(today));
  writeFileSync(FIXTURE_LAUNCH_MODULE, launchWithFixturesModule(today));
  writeFileSync(FIXTURE_CATALOG_MODULE, catalogWithFixturesModule(today));
  console.log(`policies: documents and test fixtures → ${FIXTURE_POLICIES_MODULE}`);
  process.exit(0);
}

const result = buildPolicies(root);
if (!result.ok) {
  console.error(`policies: build failed\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const out = join(root, 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.ts'), emitPolicyModule(result.documents, today));
writeFileSync(join(out, 'launch.ts'), emitLaunchModule(result.documents, today));
writeFileSync(join(out, 'catalog.ts'), emitCatalogModule(result.documents, today));
writeFileSync(join(out, READING_COPY_MODULE), emitReadingCopyModule(result.documents));
console.log(
  `policies: ${result.documents.length} documents checked → policies/generated/index.ts, launch.ts, catalog.ts and ${READING_COPY_MODULE}`,
);
