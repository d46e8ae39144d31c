import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CURRENT_POLICIES } from '../../../policies/generated';

const policiesDir = resolve(__dirname, '../../../policies');
const markdownOf = (id: string, version: string) => readFileSync(join(policiesDir, id, `${version}.md`), 'utf8');

const seedDir = resolve(__dirname, '../../../../shared/seeds');

/**
 * The seed lives in ../shared/seeds beside the checkout (as in CI). Without it the comparison
 * cannot run, and that is a failure, not a skip: a lone clone would otherwise report the published
 * documents as faithful without having read the seed.
 */
function seedText(): string {
  const seedFile = existsSync(seedDir) ? readdirSync(seedDir).find((name) => name.endsWith('.txt')) : undefined;
  if (seedFile === undefined)
    throw new Error(`no seed (*.txt) in ${seedDir}: the clone must sit beside shared/ (shared/seeds holds the seed)`);
  return readFileSync(join(seedDir, seedFile), 'utf8');
}

/** All text without white space and Markdown markers: what a reader sees, character by character. */
function visible(text: string): string {
  return text
    .replace(/^# .*$/gm, '')
    .replace(/^#{2,3}\s+/gm, '')
    .replace(/^- /gm, '•')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '');
}

describe('the published documents', () => {
  const agreement = CURRENT_POLICIES['user-agreement'];
  const policy = CURRENT_POLICIES['privacy-policy'];
  const agreementText = markdownOf(agreement.id, agreement.version);
  const policyText = markdownOf(policy.id, policy.version);

  it('keep every character of the seed, in order', () => {
    // The seed opens with its page header: the combined title and the two document titles, which
    // our documents carry as their own titles instead.
    const header = '琴易办用户协议与个人信息保护政策用户协议个人信息保护政策';
    const expected = visible(seedText());
    expect(expected.startsWith(header)).toBe(true);
    const actual = visible(agreementText) + visible(policyText);
    const body = expected.slice(header.length);
    let firstDifference = -1;
    for (let i = 0; i < body.length && firstDifference < 0; i++) if (actual[i] !== body[i]) firstDifference = i;
    const near = firstDifference < 0 ? '' : body.slice(Math.max(0, firstDifference - 20), firstDifference + 20);
    expect({ firstDifference, near }).toEqual({ firstDifference: -1, near: '' });
    expect(actual.length).toBe(body.length);
  });

  it('carry the effective date and the service line verbatim', () => {
    expect(agreementText).toContain('版本生效日期：2021年11月15日');
    expect(policyText).toContain('0756-8841889');
  });

  it('mark the liability and exemption chapters bold', () => {
    const chapter8 = agreement.blocks.findIndex((b) => b.kind === 'heading' && b.text === '八、风险及免责');
    const chapter10 = agreement.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('十、'));
    const clauses = agreement.blocks.slice(chapter8 + 1, chapter10).filter((b) => b.kind !== 'heading');
    expect(clauses.length).toBeGreaterThan(10);
    for (const clause of clauses) expect(clause.spans.every((s) => s.bold)).toBe(true);
  });
});
