import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { useLocale } from '../i18n/use-locale';
import { wxApi } from './wx-api';

function setTitle(title: string): void {
  // A title that fails to set leaves the static one: nothing to tell the person.
  const fallBack = () => undefined;
  try {
    void Promise.resolve(wxApi.setNavigationBarTitle({ title })).catch(fallBack);
  } catch {
    fallBack();
  }
}

/**
 * The page's title in the UI language. It holds the page's subscription to the language too
 * (useLocale): every page calls this, so a switch of language (src/platform/locale.ts) renders
 * every page of the stack again from the rewritten catalogs, each with its state: what a person
 * typed stays.
 *
 * index.config.ts can only hold one static string (the Simplified one, shown until this runs), so
 * the catalog's title is set at runtime with wx.setNavigationBarTitle, which sets "the title of the
 * current page":
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.setNavigationBarTitle.html
 * A page below the one on show therefore sets its title only when it shows again (onShow).
 */
export function usePageTitle(title: string): void {
  // The page renders again when the language changes (and so does its title, below).
  useLocale();
  const latest = useRef(title);
  latest.current = title;
  // Mounted on top; hidden while another page covers it.
  const onShow = useRef(true);
  const shown = useRef<string | null>(null);
  const show = (text: string) => {
    shown.current = text;
    setTitle(text);
  };
  useDidShow(() => {
    onShow.current = true;
    show(latest.current);
  });
  useDidHide(() => {
    onShow.current = false;
  });
  useEffect(() => {
    if (onShow.current && shown.current !== title) show(title);
  }, [title]);
}
