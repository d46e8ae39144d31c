import { readFileSync, readdirSync } from 'node:fs';
import { requireBuilt } from '../../../support/require-build';
import { join } from 'node:path';
import { PERMISSIONS, PERMISSION_IDS, SCOPE_DESCRIPTIONS } from '../../../../src/platform/permissions/catalog';

interface AppConfigShape {
  requiredPrivateInfos?: string[];
  permission?: Record<string, { desc: string }>;
  subPackages?: { root: string; pages: string[] }[];
}

const root = join(__dirname, '..', '..', '..', '..');

function loadAppConfig(): AppConfigShape {
  Object.assign(globalThis, { defineAppConfig: (config: AppConfigShape) => config });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../../../src/app.config') as { default: AppConfigShape }).default;
}

/** WeChat's APIs that must be declared in requiredPrivateInfos when called. */
const PRIVATE_INFO_APIS = [
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'onLocationChange',
];

const sorted = (list: readonly string[]) => [...new Set(list)].sort();

describe('the permission catalog', () => {
  const config = loadAppConfig();

  it('lists the nine permissions of privacy policy §3.3 in order', () => {
    expect(PERMISSION_IDS).toHaveLength(9);
    for (const id of PERMISSION_IDS) {
      expect(PERMISSIONS[id].id).toBe(id);
      expect(PERMISSIONS[id].purpose.length).toBeGreaterThan(5);
      expect(PERMISSIONS[id].refusal.length).toBeGreaterThan(5);
    }
  });

  it('says phone state has no mini-program API rather than faking one', () => {
    expect(PERMISSIONS.phoneState).toMatchObject({ guard: 'app-only', apis: [] });
  });

  it('declares in app.config exactly the requiredPrivateInfos its APIs need', () => {
    const needed = PERMISSION_IDS.flatMap((id) => PERMISSIONS[id].privateInfos);
    expect(sorted(config.requiredPrivateInfos ?? [])).toEqual(sorted(needed));
  });

  it('calls exactly the private-info APIs it declares', () => {
    const dir = join(root, 'src/platform/permissions');
    const module = readdirSync(dir)
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    const called = PRIVATE_INFO_APIS.filter((api) => new RegExp(`wxApi\\s*\\.${api}\\(`).test(module));
    expect(sorted(called)).toEqual(sorted(config.requiredPrivateInfos ?? []));
  });

  it('gives app.config the same scope purposes, each within WeChat’s 30 characters', () => {
    const declared = Object.fromEntries(Object.entries(config.permission ?? {}).map(([scope, v]) => [scope, v.desc]));
    expect(declared).toEqual(SCOPE_DESCRIPTIONS);
    for (const desc of Object.values(declared)) expect(Array.from(desc).length).toBeLessThanOrEqual(30);
  });

  it('reaches the weapp build’s app.json unchanged', () => {
    const appJson = requireBuilt(['dist/weapp/app.json'], 'npm run build:weapp');
    const built = JSON.parse(readFileSync(appJson, 'utf8')) as AppConfigShape;
    expect(sorted(built.requiredPrivateInfos ?? [])).toEqual(sorted(config.requiredPrivateInfos ?? []));
    expect(built.permission).toEqual(config.permission);
  });
});
