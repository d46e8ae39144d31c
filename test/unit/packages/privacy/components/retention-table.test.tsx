import { render } from '@testing-library/react';
import { RETENTION_COLLECTIONS, RETENTION_STORAGE } from '../../../../../config/retention';
import { deletedAutomatically } from '../../../../../src/features/privacy/deleted-automatically';
import { enRetention } from '../../../../../src/i18n/en-retention';
import { applyLocale } from '../../../../../src/i18n/locale-store';
import { ptPTRetention } from '../../../../../src/i18n/pt-PT-retention';
import { tRetention } from '../../../../../src/i18n/retention';
import { zhMORetention } from '../../../../../src/i18n/zh-MO-retention';
import { RetentionTable } from '../../../../../src/packages/privacy/components/retention-table';

const ROWS = [
  ...Object.entries(RETENTION_COLLECTIONS),
  ...Object.entries(RETENTION_STORAGE).map(([prefix, e]) => [`storage-${prefix}`, e] as const),
];

describe('privacy center: retention table', () => {
  afterEach(() => applyLocale('zh-CN'));

  it('shows every collection and upload prefix with its period, clock and basis in plain Chinese', () => {
    const { container } = render(<RetentionTable />);
    expect(container.textContent).toContain(tRetention.title);
    for (const [key, entry] of ROWS) {
      const row = container.querySelector(`.privacy-center__retention-row--${key}`);
      expect(row?.textContent).toContain(tRetention.row(entry.what, deletedAutomatically(entry)));
      expect(row?.textContent).toContain(tRetention.period(entry.period, entry.from));
      expect(row?.textContent).toContain(tRetention.basis(entry.basis));
    }
  });

  it('says the inbox is deleted when due and the consent ledger is kept whole', () => {
    const { container } = render(<RetentionTable />);
    expect(container.querySelector('.privacy-center__retention-row--messages')?.textContent).toContain('到期自动删除');
    const ledger = container.querySelector('.privacy-center__retention-row--consents')?.textContent;
    expect(ledger).toContain('不自动删除');
    expect(ledger).toContain('从不逐条删除');
  });

  it.each([
    ['zh-MO', zhMORetention],
    ['pt-PT', ptPTRetention],
    ['en', enRetention],
  ] as const)(
    'shows every row in %s, whether it is deleted when due as config/retention.ts says',
    (locale, catalog) => {
      applyLocale(locale);
      const { container } = render(<RetentionTable />);
      for (const [key, entry] of ROWS) {
        const text = catalog.rows[key as keyof typeof catalog.rows];
        const row = container.querySelector(`.privacy-center__retention-row--${key}`)?.textContent;
        expect(row).toContain(catalog.row(text.what, deletedAutomatically(entry)));
        expect(row).toContain(catalog.period(text.period, text.from));
        expect(row).toContain(catalog.basis(text.basis));
      }
      if (locale !== 'zh-MO') expect(container.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('follows a switch of language while shown', () => {
    const { container, rerender } = render(<RetentionTable />);
    applyLocale('pt-PT');
    rerender(<RetentionTable />);
    expect(container.querySelector('.privacy-center__retention-row--messages')?.textContent).toContain(
      ptPTRetention.rows.messages.what,
    );
  });
});
