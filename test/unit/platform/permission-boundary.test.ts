import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PERMISSIONS, PERMISSION_IDS } from '../../../src/platform/permissions/catalog';
import { CAPABILITY_APIS, scanSource } from './capability-scanner';

const root = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry) ? [relative(root, full).split('\\').join('/')] : [];
  });
}

describe('the permission boundary', () => {
  describe('scanner', () => {
    it('flags a page that calls a capability API through the wx table', () => {
      const planted = "import { wxApi } from '../../platform/wx-api';\nvoid wxApi.getLocation({ type: 'wgs84' });";
      expect(scanSource('src/pages/index/index.tsx', planted)).toEqual([
        { path: 'src/pages/index/index.tsx', line: 2, api: 'getLocation' },
      ]);
    });

    it('flags indexed access, destructuring and a direct Taro call', () => {
      const planted = [
        "wxApi['chooseMedia']({});",
        'const { makePhoneCall } = wxApi;',
        'Taro.requestSubscribeMessage({ tmplIds: [] });',
        'wx.authorize({ scope });',
      ].join('\n');
      expect(scanSource('src/features/x/use-x.ts', planted).map((v) => v.api)).toEqual([
        'chooseMedia',
        'makePhoneCall',
        'requestSubscribeMessage',
        'authorize',
      ]);
    });

    it('ignores comments and longer names that merely contain an API name', () => {
      const text = '// getLocation is in platform\n/* chooseMedia */\nonNeedPrivacyAuthorization(handler);';
      expect(scanSource('src/app.tsx', text)).toEqual([]);
    });

    it('reads a quoted dotted key, an action name or a sentence as text, not as a call', () => {
      const catalog = [
        'export const audit = {',
        "  'oidc.authorize': '授权第三方服务登录',",
        '  "media.chooseImage": "选择图片",',
        '};',
        "record({ action: 'x.getLocation' });",
        'const hint = `请在设置中允许 chooseMedia`;',
      ].join('\n');
      expect(scanSource('src/i18n/zh-CN-audit.ts', catalog)).toEqual([]);
    });

    it('still sees a call after a string, inside a template and through a key that is exactly an API name', () => {
      const planted = [
        "const label = 'oidc.authorize'; wx.chooseImage({});",
        'const text = `${Taro.getLocation({})}`;',
        "const key = 'makePhoneCall';",
        'wxApi[`chooseMedia`]({});',
      ].join('\n');
      expect(scanSource('src/features/x/use-x.ts', planted)).toEqual([
        { path: 'src/features/x/use-x.ts', line: 1, api: 'chooseImage' },
        { path: 'src/features/x/use-x.ts', line: 2, api: 'getLocation' },
        { path: 'src/features/x/use-x.ts', line: 3, api: 'makePhoneCall' },
        { path: 'src/features/x/use-x.ts', line: 4, api: 'chooseMedia' },
      ]);
    });

    it('lets a named exception use only its own API', () => {
      const text = 'wxApi.getDeviceInfo();\nwxApi.getSystemInfoSync();';
      expect(scanSource('src/platform/device.ts', text).map((v) => v.api)).toEqual(['getSystemInfoSync']);
    });

    it('allows the permissions module and the wx table', () => {
      const text = 'wxApi.getLocation({});';
      expect(scanSource('src/platform/permissions/location.ts', text)).toEqual([]);
      expect(scanSource('src/platform/wx-api.ts', text)).toEqual([]);
      expect(scanSource('src/platform/storage.ts', text)).toHaveLength(1);
    });
  });

  it('no file in src/ outside the permissions module reaches a capability API', () => {
    const violations = sourceFiles(join(root, 'src')).flatMap((path) =>
      scanSource(path, readFileSync(join(root, path), 'utf8')),
    );
    expect(violations).toEqual([]);
  });

  it('every API the catalog lists is one the scanner guards', () => {
    const listed = PERMISSION_IDS.flatMap((id) => PERMISSIONS[id].apis);
    expect(listed.filter((api) => !(CAPABILITY_APIS as readonly string[]).includes(api))).toEqual([]);
  });

  it('every API the catalog lists is an entry of the wx table, called by the permissions module', () => {
    const table = readFileSync(join(root, 'src/platform/wx-api.ts'), 'utf8');
    const module = sourceFiles(join(root, 'src/platform/permissions'))
      .map((path) => readFileSync(join(root, path), 'utf8'))
      .join('\n');
    const listed = [...new Set(PERMISSION_IDS.flatMap((id) => PERMISSIONS[id].apis))];
    expect(listed.filter((api) => !new RegExp(`^\\s+${api}:`, 'm').test(table))).toEqual([]);
    expect(listed.filter((api) => !new RegExp(`wxApi\\s*\\.${api}\\(`).test(module))).toEqual([]);
  });
});
