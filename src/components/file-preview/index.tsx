import { createElement } from 'react';
import { Image, View } from '@tarojs/components';
import type { FilePreviewState } from '../../features/requests/use-file-preview';
import { tr } from '../../i18n/requests';
import { AppButton } from '../app-button';
import './index.css';

/**
 * The browser build's viewer of a stored file, over the page until 关闭: an image fitted to the
 * screen, a PDF in the browser's own viewer. (In WeChat, previewImage / openDocument show it.)
 * `title` names the shown file from its subject, at render (the current language).
 */
export function FilePreview<S>({
  state,
  name,
  title: titleOf,
}: {
  state: FilePreviewState<S>;
  name: string;
  title: (subject: S) => string;
}) {
  const d = tr.detail;
  if (state.failed)
    return <View className={`svc__error file-preview__failed ${name}__preview-failed`}>{d.previewFailed}</View>;
  const shown = state.shown;
  if (!shown) return null;
  const title = titleOf(shown.subject);
  return (
    <View className={`file-preview ${name}__preview`} role="dialog" aria-label={title}>
      <View className="file-preview__bar">
        <View className="file-preview__title">{title}</View>
        <AppButton className="file-preview__close" onClick={state.close}>
          {d.closePreview}
        </AppButton>
      </View>
      {shown.kind === 'image' ? (
        // The browser build's inner <img> is named by its alt (nativeProps); WeChat ignores nativeProps.
        <Image
          className="file-preview__image"
          src={shown.url}
          mode="aspectFit"
          aria-label={title}
          nativeProps={{ alt: title }}
        />
      ) : (
        process.env.TARO_ENV === 'h5' &&
        createElement('iframe', { className: 'file-preview__document', src: shown.url, title: title })
      )}
    </View>
  );
}
