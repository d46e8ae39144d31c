import { wxApi } from './wx-api';

/**
 * A third party's own page (its user agreement, its privacy policy). The browser build opens it;
 * in WeChat a mini-program may only show pages of its own configured business domains in a
 * web-view (https://developers.weixin.qq.com/miniprogram/dev/component/web-view.html), which a
 * service's site is not, so the link is copied for the person to open. Resolves 'opened' or 'copied'.
 */
export async function openExternalLink(url: string): Promise<'opened' | 'copied' | 'failed'> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      window.open(url, '_blank', 'noopener');
      return 'opened';
    }
    await wxApi.setClipboardData({ data: url });
    return 'copied';
  } catch {
    return 'failed';
  }
}
