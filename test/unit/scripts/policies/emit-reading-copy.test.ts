import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { POLICY_DOCUMENTS } from '../../../../policies/generated';
import { TRADITIONAL_READING_COPIES } from '../../../../policies/generated/reading-copy';
import { simplifiedLeaks } from '../../../../scripts/i18n/simplified-leaks';
import { emitReadingCopyModule, readingCopyKey } from '../../../../scripts/policies/emit-reading-copy';

const root = resolve(__dirname, '..', '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const textsOf = (copy: (typeof TRADITIONAL_READING_COPIES)[string]) => [
  copy.title,
  ...copy.toc.map((entry) => entry.text),
  ...copy.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : block.spans.map((s) => s.text))),
];

describe('the Traditional reading copies (npm run build:policies)', () => {
  it('cover every document version the build ships, anchors and bold clauses kept', () => {
    for (const doc of POLICY_DOCUMENTS) {
      const copy = TRADITIONAL_READING_COPIES[readingCopyKey(doc.id, doc.version)];
      expect(copy).toBeDefined();
      expect(copy?.toc.map((e) => e.anchor)).toEqual(doc.toc.map((e) => e.anchor));
      expect(copy?.blocks.map((b) => b.kind)).toEqual(doc.blocks.map((b) => b.kind));
      const bold = (blocks: typeof doc.blocks) =>
        blocks.flatMap((b) => (b.kind === 'heading' ? [] : b.spans.map((s) => s.bold)));
      expect(bold(copy?.blocks ?? [])).toEqual(bold(doc.blocks));
    }
  });

  it('leave no Simplified-only character behind', () => {
    const leaked = Object.values(TRADITIONAL_READING_COPIES).flatMap(textsOf).flatMap(simplifiedLeaks);
    expect(leaked).toEqual([]);
    expect(Object.keys(TRADITIONAL_READING_COPIES).length).toBeGreaterThanOrEqual(3);
  });

  it('are made from the Simplified text, which stays as it is', () => {
    const [doc] = POLICY_DOCUMENTS;
    const before = JSON.stringify(doc);
    const module = emitReadingCopyModule(POLICY_DOCUMENTS.map((d) => ({ ...d, text: '' })) as never);
    expect(JSON.stringify(doc)).toBe(before);
    expect(module).toContain('用戶協議');
    expect(module).not.toContain('用户协议');
    // 信息资料 once read 資料資料 (信息 → 資料 doubled the word).
    expect(module).toContain('非法的資料等');
    expect(module).not.toContain('資料資料');
  });

  it('are imported only by the privacy subpackage’s policy page, never by the main package', () => {
    const importers = sourceFiles(join(root, 'src'))
      .filter((file) => readFileSync(file, 'utf8').includes('policies/generated/reading-copy'))
      .map((file) => relative(root, file));
    expect(importers).toEqual(['src/packages/privacy/pages/policy/reading-copy.ts']);
  });
});
