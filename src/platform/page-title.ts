import { useEffect } from 'react';
import { wxApi } from './wx-api';

/**
 * The page's title in the UI language. index.config.ts can only hold one static string (the
 * Simplified one, shown until this runs), so the catalog's title is set at runtime with
 * wx.setNavigationBarTitle, which sets "the title of the current page":
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.setNavigationBarTitle.html
 * A locale switch re-launches the page (src/platform/locale.ts), so setting it on mount suffices.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    // A title that fails to set leaves the static one: nothing to tell the person.
    const fallBack = () => undefined;
    try {
      void Promise.resolve(wxApi.setNavigationBarTitle({ title })).catch(fallBack);
    } catch {
      fallBack();
    }
  }, [title]);
}
