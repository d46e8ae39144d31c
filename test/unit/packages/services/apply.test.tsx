import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import { tr } from '../../../../src/i18n/requests';
import ApplyPage from '../../../../src/packages/services/pages/apply/index';
import { readStored, removeStored } from '../../../../src/platform/storage';
import { MATTER } from '../../features/requests/matter-fixture';
import { type } from '../../../support/ui-events';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  usePageQuery: () => ({ code: 'TEST-PERMIT' }),
  redirect: jest.fn(),
  navigate: jest.fn(),
}));
jest.mock('../../../../src/features/requests/requests-api', () => ({
  requestsApi: { matter: jest.fn(), myGrants: jest.fn(), submit: jest.fn() },
}));

const api = jest.mocked(requestsApi);

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
function click(container: HTMLElement, selector: string) {
  const element = container.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  act(() => {
    fireEvent.click(element);
  });
}

const issues = (container: HTMLElement) =>
  Object.fromEntries(
    Array.from(container.querySelectorAll('.apply__issue')).map((el) => [
      Array.from(el.classList)
        .find((c) => c.startsWith('apply__issue--'))
        ?.slice('apply__issue--'.length),
      el.textContent,
    ]),
  );

async function openForm() {
  const page = render(<ApplyPage />);
  await waitFor(() => expect(page.container.querySelector('.apply__step--form')).not.toBeNull());
  click(page.container, '.apply__step--form');
  return page.container;
}

describe('ApplyPage form step', () => {
  beforeEach(() => {
    removeStored('requests.drafts');
    api.matter.mockResolvedValue({ ok: true, data: MATTER });
    api.myGrants.mockResolvedValue({ ok: true, data: [] });
  });

  it('draws one control per typed field, with units, options and optional marks', async () => {
    const container = await openForm();
    const keys = Array.from(container.querySelectorAll('.apply__form-field')).map((el) =>
      Array.from(el.classList).find((c) => c.startsWith('apply__form-field--')),
    );
    expect(keys).toEqual([
      'apply__form-field--text',
      'apply__form-field--number',
      'apply__form-field--select',
      'apply__form-field--mobile',
      'apply__form-field--uscc',
      'apply__form-field--textarea',
    ]);
    expect(container.querySelector('.apply__form')?.textContent).toContain('份数（份）');
    expect(container.querySelector('.apply__form')?.textContent).toContain(`联系人手机${tr.apply.optionalMark}`);
    expect(container.querySelectorAll('.apply__option').length).toBe(2);
  });

  it('says nothing before the person moves on, then names each wrong field in the shared schema’s words', async () => {
    const container = await openForm();
    expect(issues(container)).toEqual({});
    type(container, '.apply__field--contactMobile', '12345');
    type(container, '.apply__field--uscc', '91350100M000100Y44');
    type(container, '.apply__field--copies', '0');
    click(container, '.apply__next');
    expect(issues(container)).toEqual({
      companyName: tr.apply.issues.required,
      copies: tr.apply.issues.range,
      purpose: tr.apply.issues.required,
      contactMobile: tr.apply.issues.mobile,
      uscc: tr.apply.issues.uscc,
    });
    expect(container.querySelector('.apply__step--form.svc__step--on')).not.toBeNull();
  });

  it('moves on to materials once the form is right, keeping what was typed in the draft', async () => {
    const container = await openForm();
    type(container, '.apply__field--companyName', '横琴测试有限公司');
    type(container, '.apply__field--copies', '3');
    click(container, '.apply__option--purpose-tender');
    type(container, '.apply__field--contactMobile', '+853 6612 3456');
    type(container, '.apply__field--uscc', '91350100m000100y43');
    click(container, '.apply__next');
    expect(issues(container)).toEqual({});
    expect(container.querySelector('.apply__step--materials.svc__step--on')).not.toBeNull();
    // Where the person is, in words and not by colour alone: done steps ticked, the caption names the step.
    const dots = Array.from(container.querySelectorAll('.apply__steps .svc__step-dot'), (d) => d.textContent);
    expect(dots).toEqual(['✓', '✓', '3', '4', '5']);
    expect(container.querySelector('.svc__step-caption')?.textContent).toBe(
      tr.apply.stepOf(3, 5, tr.apply.steps.materials),
    );
    expect(container.querySelector('.apply__step--materials')?.getAttribute('aria-current')).toBe('step');
    expect(container.querySelector('.apply__gps-notice')).not.toBeNull();
    expect(readStored('requests.drafts')?.['TEST-PERMIT']?.form).toEqual({
      companyName: '横琴测试有限公司',
      copies: '3',
      purpose: 'tender',
      contactMobile: '+853 6612 3456',
      uscc: '91350100m000100y43',
    });
  });

  it('asks for post delivery details only when post is chosen', async () => {
    const container = await openForm();
    click(container, '.apply__step--delivery');
    expect(container.querySelector('.apply__address')).toBeNull();
    click(container, '.apply__post');
    expect(container.querySelector('.apply__address')).not.toBeNull();
    click(container, '.apply__pick-region');
    click(container, '.apply__region-option--hengqin');
    expect(container.querySelector('.apply__region')?.textContent).toBe('横琴粤澳深度合作区');
    expect(container.querySelector('.apply__address')?.classList.contains('qyb-field')).toBe(true);
    expect(container.querySelector('.apply__address')?.getAttribute('placeholder')).toBeTruthy();
    click(container, '.apply__next');
    expect(container.querySelector('.apply__problem--contact')).not.toBeNull();
    // The problem is the field's own error line, and the field is marked invalid beside it.
    expect(container.querySelector('.text-field__error.apply__problem--address')).not.toBeNull();
    expect(container.querySelector('.apply__address')?.classList.contains('qyb-field--invalid')).toBe(true);
  });
});
