import { wxApi } from './wx-api';

/** What a confirmation says: the words come from the page's catalog (src/i18n/zh-CN-actions.ts). */
export interface ActionCopy {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
  /** Deleting, signing out, rejecting, reaching everyone: the confirm word is shown in red. */
  destructive?: boolean;
  /** Shown as a success toast once the action went through. */
  done?: string;
}

/** The warn colour of src/styles/tokens.css (white on it 6.57:1); showModal takes a hex string. */
const DESTRUCTIVE_COLOUR = '#b42318';

/**
 * Asks before a destructive or mass action; true only when the person chose to go on. Taro's H5
 * build draws showModal as an in-page dialog, so the browser build asks too. A dialog that cannot
 * be shown counts as "no": nothing is deleted or sent without an answer.
 * confirmText and cancelText take at most 4 characters (a longer one and the dialog may not show).
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html
 */
export async function confirmAction(copy: ActionCopy): Promise<boolean> {
  try {
    const result = await wxApi.showModal({
      title: copy.title,
      content: copy.content,
      confirmText: copy.confirmText,
      cancelText: copy.cancelText,
      showCancel: true,
      ...(copy.destructive ? { confirmColor: DESTRUCTIVE_COLOUR } : {}),
    });
    return Boolean(result.confirm);
  } catch {
    return false;
  }
}

/**
 * Confirms, runs the action, and says so when it succeeded: `action` resolves true on success
 * (a failure is shown by the page's own error line). Resolves whether the action ran and succeeded.
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showToast.html
 */
export async function confirmThen(copy: ActionCopy, action: () => Promise<boolean>): Promise<boolean> {
  if (!(await confirmAction(copy))) return false;
  const succeeded = await action();
  if (succeeded && copy.done) toastSuccess(copy.done);
  return succeeded;
}

/** A short success note (WeChat shows at most 7 characters with an icon). */
export function toastSuccess(title: string): void {
  void wxApi.showToast({ title, icon: 'success' }).catch(() => undefined);
}
