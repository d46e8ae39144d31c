import { wxApi } from '../wx-api';

export type PreviewKind = 'image' | 'pdf';

/** The preview a stored file gets, from its material kind or its file name. */
export function previewKind(kindOrName: string): PreviewKind {
  return /(^|\.)(jpe?g|png)$/i.test(kindOrName) ? 'image' : 'pdf';
}

/**
 * Shows a stored file from its short-lived temp URL in WeChat's own viewers, which stay open until
 * the person closes them: images in previewImage, PDFs downloaded to a temp file and opened with
 * openDocument (downloadFile reaches only the downloadFile 合法域名, README console step 3).
 * Docs: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.previewImage.html,
 * https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html.
 * 'in-page' in the browser build: the page shows the file itself (FilePreview), as a new tab would
 * leave the app. False-y 'failed' when WeChat could not show it.
 */
export async function previewStoredFile(url: string, kind: PreviewKind): Promise<'opened' | 'in-page' | 'failed'> {
  if (process.env.TARO_ENV === 'h5') return 'in-page';
  try {
    if (kind === 'image') {
      await wxApi.previewImage({ urls: [url], current: url });
      return 'opened';
    }
    const download = await wxApi.downloadFile({ url });
    if (download.statusCode !== 200) return 'failed';
    await wxApi.openDocument({ filePath: download.tempFilePath, fileType: 'pdf', showMenu: false });
    return 'opened';
  } catch {
    return 'failed';
  }
}
