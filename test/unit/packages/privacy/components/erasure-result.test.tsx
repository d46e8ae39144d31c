import { render } from '@testing-library/react';
import type { PrivacyRequestView } from '../../../../../cloudfunctions/lib/contract/privacy';
import { RETENTION_COLLECTIONS } from '../../../../../config/retention';
import { enRetentionRows } from '../../../../../src/i18n/en-retention-rows';
import { applyLocale } from '../../../../../src/i18n/locale-store';
import { ErasureResult } from '../../../../../src/packages/privacy/components/erasure-result';

const consents = RETENTION_COLLECTIONS.consents;
const approved = (kept: { collection?: string; what: string; basis: string }[]): PrivacyRequestView => ({
  id: 'r1',
  kind: 'deletion',
  status: 'completed' as PrivacyRequestView['status'],
  fields: [],
  proposed: null,
  text: {},
  createdAt: '2026-12-01T01:00:00.000Z',
  dueDate: '2026-12-20',
  dueDateConfirmed: true,
  decidedAt: '2026-12-02T01:00:00.000Z',
  reply: null,
  scope: ['feedback'] as PrivacyRequestView['scope'],
  erasure: { erased: [], kept },
});

describe('what an approved erasure kept, in the reader’s language', () => {
  afterEach(() => applyLocale('zh-CN'));

  it('names a kept record by its retention row in English, not in the stored Chinese', () => {
    applyLocale('en');
    const { container } = render(
      <ErasureResult item={approved([{ collection: 'consents', what: consents.what, basis: consents.basis }])} />,
    );
    expect(container.querySelector('.rights__kept-what')?.textContent).toBe(enRetentionRows.consents.what);
    expect(container.querySelector('.rights__kept .rights__hint')?.textContent).toBe(enRetentionRows.consents.basis);
    expect(container.textContent).not.toContain(consents.what);
  });

  it('an outcome stored before rows were named keeps its own words', () => {
    applyLocale('en');
    const { container } = render(<ErasureResult item={approved([{ what: '旧的记录', basis: '旧的依据' }])} />);
    expect(container.querySelector('.rights__kept-what')?.textContent).toBe('旧的记录');
  });
});
