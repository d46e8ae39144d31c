import path from 'node:path';

/** A saved screen: the screen it shows (`base`) and the variant it is in (`zh-CN`, `care-pt-PT`…). */
export interface SavedScreen {
  file: string;
  base: string;
  variant: string;
}

/** One screen's variants, in the review's order, and which of the four it lacks. */
export interface ScreenRow {
  base: string;
  screens: SavedScreen[];
  missing: ReviewedVariant[];
}

/** The four variants issue 20 reviews every screen in; `foreign` is Português or English. */
export type ReviewedVariant = 'zh-CN' | 'care' | 'zh-MO' | 'foreign';
const REVIEWED: readonly ReviewedVariant[] = ['zh-CN', 'care', 'zh-MO', 'foreign'];

// The names in use: `<variant>-<screen>` (the review specs, the requests journey, languages) and
// `<screen>-<variant>` (saveScreenVariants, stories saved in one variant by nature).
const VARIANTS = ['care-pt-PT', 'care-zh-MO', 'care-en', 'care', 'zh-CN', 'zh-MO', 'pt-PT', 'en'];

/** A file name read as screen and variant; a name with no variant in it is the screen as it comes. */
export function savedScreen(file: string): SavedScreen {
  const name = path.basename(file, '.png');
  for (const variant of VARIANTS) {
    if (name.startsWith(`${variant}-`)) return { file, base: name.slice(variant.length + 1), variant };
    if (name.endsWith(`-${variant}`)) return { file, base: name.slice(0, -variant.length - 1), variant };
  }
  return { file, base: name, variant: 'zh-CN' };
}

/** Which of the four a variant shows: 关怀模式 in Traditional counts for both. */
function covers(variant: string): ReviewedVariant[] {
  const care = variant.startsWith('care');
  const language = care ? variant.slice('care-'.length) : variant;
  const out: ReviewedVariant[] = care ? ['care'] : [];
  if (language === 'zh-MO') out.push('zh-MO');
  else if (language === 'en' || language === 'pt-PT') out.push('foreign');
  else if (!care) out.push('zh-CN');
  return out;
}

const ORDER = ['zh-CN', 'care', 'zh-MO', 'pt-PT', 'en'];
const rank = (variant: string) => (ORDER.includes(variant) ? ORDER.indexOf(variant) : ORDER.length);

/** Saved screens grouped by screen, each row's variants in review order, rows by name. */
export function screenRows(files: string[]): ScreenRow[] {
  const rows = new Map<string, SavedScreen[]>();
  for (const screen of files.map(savedScreen)) rows.set(screen.base, [...(rows.get(screen.base) ?? []), screen]);
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([base, screens]) => {
      const seen = new Set(screens.flatMap((s) => covers(s.variant)));
      return {
        base,
        screens: [...screens].sort((a, b) => rank(a.variant) - rank(b.variant) || a.variant.localeCompare(b.variant)),
        missing: REVIEWED.filter((v) => !seen.has(v)),
      };
    });
}
