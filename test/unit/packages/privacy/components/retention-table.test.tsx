import { render } from '@testing-library/react';
import { RETENTION_COLLECTIONS, RETENTION_STORAGE } from '../../../../../config/retention';
import { tRetention } from '../../../../../src/i18n/retention';
import { RetentionTable } from '../../../../../src/packages/privacy/components/retention-table';

describe('privacy center: retention table', () => {
  it('shows every collection and upload prefix with its period, clock and basis in plain Chinese', () => {
    const { container } = render(<RetentionTable />);
    expect(container.textContent).toContain(tRetention.title);
    for (const [key, entry] of [
      ...Object.entries(RETENTION_COLLECTIONS),
      ...Object.entries(RETENTION_STORAGE).map(([prefix, e]) => [`storage-${prefix}`, e] as const),
    ]) {
      const row = container.querySelector(`.privacy-center__retention-row--${key}`);
      expect(row?.textContent).toContain(tRetention.row(entry.what, entry.purge !== null));
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
});
