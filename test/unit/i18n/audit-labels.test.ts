import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { enAudit } from '../../../src/i18n/en-audit';
import { ptPTAudit } from '../../../src/i18n/pt-PT-audit';
import { zhCNAudit } from '../../../src/i18n/zh-CN-audit';
import { zhMOAudit } from '../../../src/i18n/zh-MO-audit';

/**
 * Every action the functions write into the audit chain has a name on the admin audit screen in
 * each language: an entry that read `其他操作（account.frozen-stolen）` shows a code to an admin
 * (issue 20). Actions are read from the source (`action: 'x.y'` and ternaries of such).
 */
const LIB = join(__dirname, '..', '..', '..', 'cloudfunctions', 'lib');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const audited = new Set(
  sources(LIB).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /\baction: /.test(line))
      .flatMap((line) => [...line.matchAll(/'([a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*)'/g)].map((m) => m[1]!)),
  ),
);

describe('audit action names', () => {
  it('finds the audited actions in the functions', () => {
    expect(audited.size).toBeGreaterThan(40);
    expect(audited.has('account.sign-in')).toBe(true);
  });

  const catalogs = { 'zh-CN': zhCNAudit, 'zh-MO': zhMOAudit, en: enAudit, 'pt-PT': ptPTAudit };
  it.each(Object.entries(catalogs))('%s names every audited action', (_language, catalog) => {
    const actions = catalog.actions as Record<string, string>;
    expect([...audited].filter((action) => !actions[action])).toEqual([]);
  });
});

describe('a generic staff entry on the audit screen', () => {
  it('reads as a staff action in its area, with no code', () => {
    const { auditActionName } = jest.requireActual<typeof import('../../../src/i18n/audit')>('../../../src/i18n/audit');
    expect(auditActionName('staff.account.decideProposal')).toBe(`${zhCNAudit.staffAction}（账号）`);
    expect(auditActionName('staff.unknownfn.x')).toBe(`${zhCNAudit.otherAction}（staff.unknownfn.x）`);
  });
});
