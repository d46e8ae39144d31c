import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_STATIC_DIR } from '../../../bridge/start-bridge';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const HOOK = '__qybAutomator';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

function carriesHook(dir: string): boolean {
  return filesUnder(dir)
    .filter((file) => /\.(js|html|wxml|json)$/.test(file))
    .some((file) => readFileSync(file, 'utf8').includes(HOOK));
}

const E2E_BUILD = path.relative(ROOT, DEFAULT_STATIC_DIR);
const built = (dir: string) => ['index.html', 'app.json'].some((entry) => existsSync(path.join(ROOT, dir, entry)));
const whenBuilt = (dir: string) => (built(dir) ? it : it.skip);

describe('the automator hook', () => {
  whenBuilt(E2E_BUILD)(`is in the e2e build (${E2E_BUILD})`, () => {
    expect(carriesHook(path.join(ROOT, E2E_BUILD))).toBe(true);
  });

  whenBuilt('dist/h5')('is not in the production H5 build (dist/h5)', () => {
    expect(carriesHook(path.join(ROOT, 'dist/h5'))).toBe(false);
  });

  whenBuilt('dist/weapp')('is not in the weapp build (dist/weapp)', () => {
    expect(carriesHook(path.join(ROOT, 'dist/weapp'))).toBe(false);
  });
});
