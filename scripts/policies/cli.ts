/** `npm run build:policies`: validates policies/ and writes policies/generated/index.ts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPolicies } from './build-policies';
import { emitPolicyModule } from './emit-module';

const root = resolve(__dirname, '..', '..', 'policies');
const result = buildPolicies(root);
if (!result.ok) {
  console.error(`policies: build failed\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const out = join(root, 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.ts'), emitPolicyModule(result.documents, today));
console.log(`policies: ${result.documents.length} documents checked → policies/generated/index.ts`);
