/**
 * `npx tsx scripts/i18n/make-macao-catalogs.ts [name…]`: writes src/i18n/zh-MO*.ts from the
 * Simplified catalogs (OpenCC cn → hk, then Macao terms). A starting point, reviewed by a person and
 * committed: Macao wording is more than a character conversion. Names the catalogs to (re)write,
 * e.g. `zh-CN-inbox`; without names, every catalog that has no zh-MO file yet.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toMacaoChinese } from './macao-chinese';

const dir = resolve(__dirname, '..', '..', 'src', 'i18n');
const wanted = process.argv.slice(2);

function macaoModule(source: string, simplified: string): string {
  const exportName = /export const (zhCN\w*) =/.exec(source)?.[1];
  if (!exportName) throw new Error(`${simplified}: no exported zhCN catalog`);
  const converted = toMacaoChinese(source)
    .replace(
      `export const ${exportName} =`,
      `export const ${exportName.replace('zhCN', 'zhMO')}: Catalog<typeof ${exportName}> =`,
    )
    .replace(/\n} as const;/, '\n};')
    .replace(/\nexport type \w+ = typeof \w+;\n?/, '\n');
  const header = [
    `// Traditional Chinese in Macao wording: made from ${simplified}.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.`,
    `import type { Catalog } from './catalog';`,
    `import type { ${exportName} } from './${simplified}';`,
  ].join('\n');
  return `${header}\n${converted}`;
}

for (const file of readdirSync(dir).filter((f) => /^zh-CN(-[\w-]+)?\.ts$/.test(f))) {
  const simplified = file.slice(0, -3);
  const target = join(dir, file.replace('zh-CN', 'zh-MO'));
  if (wanted.length > 0 ? !wanted.includes(simplified) : existsSync(target)) continue;
  writeFileSync(target, macaoModule(readFileSync(join(dir, file), 'utf8'), simplified));
  console.log(`i18n: ${file} → ${target}`);
}
