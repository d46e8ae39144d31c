import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import capabilityApis from '../../../../config/capability-apis.json';
import { permissionList } from '../../../../src/platform/permissions/catalog';
import { privacyDeclaration, renderPrivacyDeclaration } from '../../../../scripts/deploy/privacy-declaration';
import { WECHAT_PRIVACY_ITEMS } from '../../../../scripts/deploy/wechat-privacy-items';

const catalog = permissionList();
const items = privacyDeclaration(catalog, capabilityApis);
const text = renderPrivacyDeclaration(items);

describe('privacy declaration (用户隐私保护指引)', () => {
  it('declares every privacy API and scope the catalog uses, with its purpose', () => {
    for (const entry of catalog) {
      for (const use of [...entry.apis, ...(entry.scope ? [entry.scope] : [])]) {
        const item = WECHAT_PRIVACY_ITEMS.find((i) => i.apis.includes(use) || i.scopes.includes(use));
        if (!item) continue;
        const declared = items.find((d) => d.label === item.label);
        expect(declared?.uses).toContain(use);
        expect(declared?.purposes).toContain(entry.purpose);
        expect(text).toContain(item.label);
      }
    }
  });

  it('declares nothing the catalog does not use', () => {
    const uses = new Set(catalog.flatMap((e) => [...e.apis, ...(e.scope ? [e.scope] : [])]));
    for (const d of items) for (const u of d.uses) expect(uses).toContain(u);
  });

  it("matches app.config.ts's requiredPrivateInfos with the catalog's private infos", () => {
    const source = readFileSync(resolve(__dirname, '../../../../src/app.config.ts'), 'utf8');
    const listed = /requiredPrivateInfos:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const declared = [...listed.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
    expect(declared).toEqual([...new Set(catalog.flatMap((e) => e.privateInfos))].sort());
    for (const api of declared) expect(items.some((d) => d.uses.includes(api!))).toBe(true);
  });

  it('refuses a catalog API that config/capability-apis.json does not track', () => {
    expect(() =>
      privacyDeclaration(
        catalog,
        capabilityApis.filter((a) => a !== 'chooseMedia'),
      ),
    ).toThrow('chooseMedia');
  });
});
