/**
 * The items to tick in 用户隐私保护指引, generated from the permissions catalog so the console
 * declaration cannot drift from what the app calls: each catalog API or scope that WeChat counts as
 * a privacy API gives its item, with the catalog's purposes (the privacy policy's words).
 */
import type { PermissionEntry } from '../../src/platform/permissions/catalog';
import { WECHAT_PRIVACY_ITEMS } from './wechat-privacy-items';

export interface PrivacyDeclaration {
  label: string;
  /** The APIs and scopes of this app behind it. */
  uses: string[];
  purposes: string[];
}

/**
 * `capabilityApis` is config/capability-apis.json, the device APIs only src/platform may call: a
 * catalog API outside it is a catalog mistake, refused here so the list stays trustworthy.
 */
export function privacyDeclaration(
  catalog: readonly PermissionEntry[],
  capabilityApis: readonly string[],
): PrivacyDeclaration[] {
  const out: PrivacyDeclaration[] = [];
  for (const entry of catalog) {
    for (const api of entry.apis) {
      if (!capabilityApis.includes(api)) throw new Error(`权限目录中的 ${api} 不在 config/capability-apis.json 中`);
    }
    const uses = [...entry.apis, ...(entry.scope ? [entry.scope] : [])];
    for (const item of WECHAT_PRIVACY_ITEMS) {
      const hits = uses.filter((u) => item.apis.includes(u) || item.scopes.includes(u));
      if (hits.length === 0) continue;
      const row = out.find((d) => d.label === item.label) ?? { label: item.label, uses: [], purposes: [] };
      if (!out.includes(row)) out.push(row);
      for (const h of hits) if (!row.uses.includes(h)) row.uses.push(h);
      if (!row.purposes.includes(entry.purpose)) row.purposes.push(entry.purpose);
    }
  }
  const order = WECHAT_PRIVACY_ITEMS.map((i) => i.label);
  return out.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
}

export function renderPrivacyDeclaration(items: readonly PrivacyDeclaration[]): string {
  const lines = [
    '# 用户隐私保护指引：需勾选的项目',
    '',
    '由 `npm run deploy -- --dry-run` 从 src/platform/permissions/catalog.ts 生成，请勿手改。',
    '在 微信公众平台 → 设置 → 服务内容声明 → 用户隐私保护指引 中逐项勾选并填写用途：',
    '',
  ];
  for (const item of items) {
    lines.push(`- **${item.label}**（${item.uses.map((u) => `\`${u}\``).join('、')}）`);
    lines.push(`  用途：${item.purposes.join('；')}`);
  }
  return `${lines.join('\n')}\n`;
}
