import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screensSetDir } from '../../e2e/support/screens';
import { savedScreen, screenRows } from '../../e2e/support/variant-rows';
import { unfinishedVariants } from '../../e2e/support/variants-coverage';

const names = (...list: string[]) => list.map((n) => `/set/${n}.png`);

describe('the e2e screens grouped by variant (issue 20)', () => {
  it('reads a variant before or after the screen’s name, and none as the screen as it comes', () => {
    expect(savedScreen('/s/zh-MO-home.png')).toMatchObject({ base: 'home', variant: 'zh-MO' });
    expect(savedScreen('/s/care-pt-PT-catalog.png')).toMatchObject({ base: 'catalog', variant: 'care-pt-PT' });
    expect(savedScreen('/s/audit-log-pt-PT.png')).toMatchObject({ base: 'audit-log', variant: 'pt-PT' });
    expect(savedScreen('/s/oidc-consent-logo-care-en.png')).toMatchObject({
      base: 'oidc-consent-logo',
      variant: 'care-en',
    });
    expect(savedScreen('/s/staff-oidc-clients-logo-chosen.png')).toMatchObject({
      base: 'staff-oidc-clients-logo-chosen',
      variant: 'zh-CN',
    });
    expect(savedScreen('/s/enterprise-taken-over.png')).toMatchObject({ base: 'enterprise-taken-over' });
  });

  it('puts a screen’s variants in one row, in review order, whatever the naming', () => {
    const [row] = screenRows(names('home-pt-PT', 'care-home', 'zh-MO-home', 'home'));
    expect(row?.base).toBe('home');
    expect(row?.screens.map((s) => s.variant)).toEqual(['zh-CN', 'care', 'zh-MO', 'pt-PT']);
    expect(row?.missing).toEqual([]);
  });

  it('names what a screen lacks; a variant in 关怀模式 and a language counts for both, once', () => {
    const rows = screenRows(names('audit-log', 'staff-factor-enrol-care-zh-MO', 'sessions-two', 'sessions-two-care'));
    expect(rows.map((r) => [r.base, r.missing])).toEqual([
      ['audit-log', ['care', 'zh-MO', 'foreign']],
      ['sessions-two', ['zh-MO', 'foreign']],
      ['staff-factor-enrol', ['zh-CN', 'foreign']],
    ]);
  });
});

describe('the e2e teardown’s check of screens saved through saveScreenVariants', () => {
  const set = `unit-${process.pid}`;
  beforeEach(() => {
    process.env.QYB_SCREENS_SET = set;
  });
  afterEach(() => {
    rmSync(screensSetDir(), { recursive: true, force: true });
    delete process.env.QYB_SCREENS_SET;
  });

  it('names each variant of a started screen this run did not save, and nothing once all four are there', () => {
    const dir = screensSetDir();
    const since = Date.now() - 1000;
    mkdirSync(path.join(dir, '.variants'), { recursive: true });
    writeFileSync(
      path.join(dir, '.variants', 'queue'),
      ['queue', 'queue-care', 'queue-zh-MO', 'queue-pt-PT'].join('\n'),
    );
    for (const name of ['queue', 'queue-care']) writeFileSync(path.join(dir, `${name}.png`), '');
    expect(unfinishedVariants(since)).toEqual(['queue-pt-PT', 'queue-zh-MO']);
    for (const name of ['queue-zh-MO', 'queue-pt-PT']) writeFileSync(path.join(dir, `${name}.png`), '');
    expect(unfinishedVariants(since)).toEqual([]);
  });
});
