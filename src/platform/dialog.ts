import { wxApi } from './wx-api';

export interface ConfirmOptions {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
}

/** A two-choice dialog; false when dismissed or when no dialog could be shown. */
export async function confirm(options: ConfirmOptions): Promise<boolean> {
  try {
    const result = await wxApi.showModal({ ...options, showCancel: true });
    return Boolean(result.confirm);
  } catch {
    return false;
  }
}

export function toast(title: string): void {
  void wxApi.showToast({ title, icon: 'none' });
}
