import { act, fireEvent, render } from '@testing-library/react';
import LinkedAccountsPage from '../../../../src/packages/account/pages/linked/index';
import { tLinked } from '../../../../src/i18n/linked';
import { confirmThen } from '../../../../src/platform/confirm-action';
import { navigate, ROUTES } from '../../../../src/platform/navigation';
import { cloudClient } from '../../../../src/services/cloud';

jest.mock('../../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
// The person answers 解除 to the confirmation (the dialog itself is WeChat's).
jest.mock('../../../../src/platform/confirm-action', () => ({
  confirmThen: jest.fn(async (_copy: unknown, action: () => Promise<boolean>) => action()),
}));
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  navigate: jest.fn(),
}));

const LINKED = { id: 'lnk-1', provider: 'yuexinqian', providerName: '粤信签', linkedAt: '2026-12-01T02:30:00.000Z' };
const PROVIDERS = [{ id: 'yuexinqian', name: '粤信签' }];
const call = jest.mocked(cloudClient.call);

function serve(items: (typeof LINKED)[]) {
  call.mockImplementation(async (_name, action, input) => {
    if (action === 'linkList') return { ok: true, data: { items, providers: PROVIDERS } };
    if (action === 'linkStart')
      return { ok: true, data: { authorizationUrl: 'https://idp.example.com/authorize?x=1' } };
    if (action === 'unlink') {
      const ok = (input as { password: string }).password === 'Right#Pass1';
      return ok
        ? { ok: true, data: { unlinked: true } }
        : { ok: false, error: { code: 'ACCOUNT.PASSWORD_INCORRECT', message: '密码不正确' } };
    }
    throw new Error(`unexpected ${action}`);
  });
}

async function mounted() {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(<LinkedAccountsPage />);
  });
  return (view as ReturnType<typeof render>).container;
}

async function tap(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}

function type(container: HTMLElement, value: string) {
  act(() => {
    container
      .querySelector('.linked__password')
      ?.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

describe('LinkedAccountsPage (关联账号)', () => {
  beforeEach(() => {
    call.mockReset();
    jest.mocked(confirmThen).mockClear();
    jest.mocked(navigate).mockClear();
  });

  it('lists my linked accounts with when they were linked (Beijing time)', async () => {
    serve([LINKED]);
    const container = await mounted();
    expect(container.querySelector('.linked__name')?.textContent).toBe('粤信签');
    expect(container.querySelector('.linked__meta')?.textContent).toContain('2026年12月1日 10:30');
  });

  it('asks the password before unlinking, confirms, then unlinks and reloads the list', async () => {
    serve([LINKED]);
    const container = await mounted();
    await tap(container, '.linked__unlink');
    expect(container.querySelector('.linked__error')?.textContent).toBe(tLinked.passwordNeeded);
    expect(confirmThen).not.toHaveBeenCalled();

    type(container, 'Right#Pass1');
    serve([]);
    call.mockClear();
    await tap(container, '.linked__unlink');
    expect(confirmThen).toHaveBeenCalledWith(expect.objectContaining({ destructive: true }), expect.any(Function));
    expect(call).toHaveBeenCalledWith('account', 'unlink', { id: 'lnk-1', password: 'Right#Pass1' });
    expect(container.querySelector('.linked__empty')?.textContent).toBe(tLinked.empty);
  });

  it('shows the cloud’s refusal of a wrong password', async () => {
    serve([LINKED]);
    const container = await mounted();
    type(container, 'Wrong#Pass1');
    await tap(container, '.linked__unlink');
    expect(container.querySelector('.linked__error')?.textContent).toBe('密码不正确');
  });

  it('starts a link with the password and opens the provider’s page', async () => {
    serve([]);
    const container = await mounted();
    type(container, 'Right#Pass1');
    await tap(container, '.linked__link');
    expect(call).toHaveBeenCalledWith('account', 'linkStart', {
      purpose: 'link',
      provider: 'yuexinqian',
      password: 'Right#Pass1',
    });
    expect(navigate).toHaveBeenCalledWith(ROUTES.linkedWeb, { url: 'https://idp.example.com/authorize?x=1' });
  });
});
