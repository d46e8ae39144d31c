import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';

export const RESULTS_DIR = path.resolve(__dirname, '..', '..', '..', 'test-results', 'e2e');

function slug(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'story'
  );
}

/** test-results/e2e/<spec>/<story>.png and <story>.log: what the screen showed and what the page said. */
export async function saveFailure(specPath: string, storyName: string, miniProgram: MiniProgram, log: string[]) {
  const dir = path.join(RESULTS_DIR, path.basename(specPath).replace(/\.spec\.ts$/, ''));
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, slug(storyName));
  let page = 'unknown page';
  try {
    const current = await miniProgram.currentPage();
    page = current ? `${current.path} ${JSON.stringify(current.query)}` : page;
    await miniProgram.screenshot({ path: `${base}.png` });
  } catch (error) {
    log.push(`[artifacts] screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  writeFileSync(`${base}.log`, [`story: ${storyName}`, `page: ${page}`, '', ...log, ''].join('\n'));
}
