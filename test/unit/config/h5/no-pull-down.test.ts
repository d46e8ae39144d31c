import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as components from '../../../../config/h5/components/no-pull-down';

const root = join(__dirname, '..', '..', '..', '..');

// Taro's module is ES2017 modules that Jest does not load; its two exports this test needs stand in.
jest.mock('@tarojs/components/dist/components/index.js', () => ({
  defineCustomElementTaroPullToRefreshCore: jest.fn(),
  defineCustomElementTaroInputCore: jest.fn(),
}));
const taroDefinitions = jest.requireMock<Record<string, jest.Mock>>('@tarojs/components/dist/components/index.js');

/** Every page's and the app's config file (app.config.ts, <page>/index.config.ts). */
function configFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return configFiles(path);
    return entry.name.endsWith('.config.ts') ? [path] : [];
  });
}

describe("the H5 build's components without Taro's pull-down-refresh element", () => {
  it('holds only while no page, nor the app window, enables pull-down refresh', () => {
    const files = configFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(40);
    const enabling = files.filter((file) => /enablePullDownRefresh\s*:\s*true/.test(readFileSync(file, 'utf8')));
    // Enabling it would need the element: remove the alias in config/index.ts first.
    expect(enabling.map((file) => relative(root, file))).toEqual([]);
  });

  it('defines nothing for pull-down refresh and passes every other Taro element through', () => {
    components.defineCustomElementTaroPullToRefreshCore();
    expect(taroDefinitions.defineCustomElementTaroPullToRefreshCore).not.toHaveBeenCalled();
    expect(components.defineCustomElementTaroInputCore).toBe(taroDefinitions.defineCustomElementTaroInputCore);
  });
});
