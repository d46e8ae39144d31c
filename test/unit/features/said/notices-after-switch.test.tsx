import { act, fireEvent, render, renderHook } from '@testing-library/react';
// Subpackage screens load their server messages with i18n/packages, as every subpackage page does.
import '../../../../src/i18n/packages';
import LinkedAccountsPage from '../../../../src/packages/account/pages/linked/index';
import { useSignIn } from '../../../../src/features/account/use-sign-in';
import { uploadNotice } from '../../../../src/features/requests/material-upload';
import { enRequests } from '../../../../src/i18n/en-requests';
import { useStaffReports } from '../../../../src/features/feedback/use-staff-reports';
import { useFeedbackForm } from '../../../../src/features/feedback/use-feedback-form';
import { usePublishAnnouncement } from '../../../../src/features/inbox/use-publish-announcement';
import { EMPTY_DRAFT, useRights } from '../../../../src/features/privacy/use-rights';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { enLinked } from '../../../../src/i18n/en-linked';
import { enRights } from '../../../../src/i18n/en-rights';
import { ptPTPush } from '../../../../src/i18n/pt-PT-push';
import { ptPTReports } from '../../../../src/i18n/pt-PT-reports';
import { zhCNLinked } from '../../../../src/i18n/zh-CN-linked';
import { zhCNPush } from '../../../../src/i18n/zh-CN-push';
import { zhCNReports } from '../../../../src/i18n/zh-CN-reports';
import { zhCNRights } from '../../../../src/i18n/zh-CN-rights';
import { zhMOFeedback } from '../../../../src/i18n/zh-MO-feedback';
import { zhCNFeedback } from '../../../../src/i18n/zh-CN-feedback';
import { usePageTitle } from '../../../../src/platform/page-title';
import { cloudClient } from '../../../../src/services/cloud';

jest.mock('../../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
jest.mock('../../../../src/platform/confirm-action', () => ({
  confirmThen: jest.fn(async (_copy: unknown, action: () => Promise<boolean>) => action()),
  confirmAction: jest.fn(async () => true),
  toastSuccess: jest.fn(),
}));

const call = jest.mocked(cloudClient.call);

/** A hook as a page uses it: the page watches the locale through usePageTitle. */
function onPage<T>(hook: () => T) {
  return renderHook(() => {
    usePageTitle('测试');
    return hook();
  });
}

beforeEach(() => call.mockReset());
afterEach(() => act(() => applyLocale('zh-CN')));

describe('what a screen says, after a language switch in place', () => {
  it('关联账号: the password reminder and the cloud’s refusal speak the new language', async () => {
    call.mockImplementation(async (_name, action) => {
      if (action === 'linkList')
        return {
          ok: true,
          data: {
            items: [{ id: 'l1', provider: 'y', providerName: '粤信签', linkedAt: '2026-12-01T02:30:00.000Z' }],
            providers: [],
          },
        };
      return { ok: false, error: { code: 'ACCOUNT.PASSWORD_INCORRECT', message: '密码不正确' } };
    });
    let view: ReturnType<typeof render> | undefined;
    await act(async () => {
      view = render(<LinkedAccountsPage />);
    });
    const { container } = view as ReturnType<typeof render>;
    const error = () => container.querySelector('.linked__error')?.textContent;

    await act(async () => {
      fireEvent.click(container.querySelector('.linked__unlink') as Element);
    });
    expect(error()).toBe(zhCNLinked.passwordNeeded);
    act(() => applyLocale('en'));
    expect(error()).toBe(enLinked.passwordNeeded);

    act(() => {
      container
        .querySelector('.linked__password')
        ?.dispatchEvent(new CustomEvent('input', { detail: { value: 'Wrong#Pass1' }, bubbles: true }));
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.linked__unlink') as Element);
    });
    expect(error()).toBe('Wrong password');
    act(() => applyLocale('zh-CN'));
    expect(error()).toBe('密码不正确');
  });

  it('举报处理: the missing-note reminder speaks the new language', async () => {
    const { result } = onPage(() => useStaffReports());
    await act(() => result.current.decide('r1', 'dismiss'));
    expect(result.current.error).toBe(zhCNReports.reportQueue.noteRequired);
    act(() => applyLocale('pt-PT'));
    expect(result.current.error).toBe(ptPTReports.reportQueue.noteRequired);
  });

  it('我的权利: the filed notice speaks the new language', async () => {
    call.mockResolvedValue({ ok: true, data: { id: 'p1', kind: 'question', status: 'open' } });
    const { result } = onPage(() => useRights());
    await act(async () => {
      await result.current.file({ ...EMPTY_DRAFT, kind: 'question', question: '保存多久？', password: 'x' });
    });
    expect(result.current.notice).toBe(zhCNRights.submitted);
    act(() => applyLocale('en'));
    expect(result.current.notice).toBe(enRights.submitted);
  });

  it('意见反馈: the sent notice speaks the new language', async () => {
    call.mockResolvedValue({ ok: true, data: { id: 'f1' } });
    const { result } = onPage(() => useFeedbackForm(() => undefined));
    act(() => result.current.setText('路灯坏了'));
    await act(() => result.current.submit());
    expect(result.current.notice).toBe(zhCNFeedback.submitted);
    act(() => applyLocale('zh-MO'));
    expect(result.current.notice).toBe(zhMOFeedback.submitted);
  });

  it('登录: a refusal kept with its code is worded again, back to the server’s own in Simplified Chinese', async () => {
    // What the cloud client hands a screen: the message in the locale of the call, and the server's own.
    act(() => applyLocale('en'));
    call.mockResolvedValue({
      ok: false,
      error: {
        code: 'ACCOUNT.CREDENTIALS_INVALID',
        message: 'Wrong account name or password',
        serverMessage: '账号或密码不正确',
      },
    });
    const { result } = onPage(() => useSignIn());
    act(() => {
      result.current.setAccountName('alice');
      result.current.setPassword('x');
    });
    await act(() => result.current.submit());
    expect(result.current.error).toEqual(
      expect.objectContaining({ code: 'ACCOUNT.CREDENTIALS_INVALID', message: 'Wrong account name or password' }),
    );
    act(() => applyLocale('zh-CN'));
    expect(result.current.error?.message).toBe('账号或密码不正确');
    act(() => applyLocale('pt-PT'));
    expect(result.current.error?.message).toBe('Nome da conta ou palavra-passe errados');
  });

  it('材料上传: what a pick left out is worded at render', () => {
    const notes = [{ kind: 'full' } as const, { kind: 'rejected', count: 2 } as const];
    expect(uploadNotice(notes)).toContain('已达到该材料的份数上限');
    act(() => applyLocale('en'));
    expect(uploadNotice(notes)).toBe(`${enRequests.apply.materialFull}; ${enRequests.apply.rejectedFiles(2)}`);
  });

  it('发布公告: the bad-time reminder speaks the new language', async () => {
    const { result } = onPage(() => usePublishAnnouncement());
    await act(() => result.current.publish());
    expect(result.current.error).toBe(zhCNPush.announce.badTime);
    act(() => applyLocale('pt-PT'));
    expect(result.current.error).toBe(ptPTPush.announce.badTime);
  });
});
