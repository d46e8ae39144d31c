import { wxApi } from './wx-api';

/**
 * Shows a stored file from its short-lived temp URL: images in WeChat's viewer, PDFs downloaded to a
 * temp file and opened by WeChat; the browser build opens the URL in a new tab. False if it failed.
 */
export async function openDocument(url: string, kind: string): Promise<boolean> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      window.open(url, '_blank', 'noopener');
      return true;
    }
    if (kind === 'jpeg' || kind === 'png') {
      await wxApi.previewImage({ urls: [url], current: url });
      return true;
    }
    const download = await wxApi.downloadFile({ url });
    if (download.statusCode !== 200) return false;
    await wxApi.openDocument({ filePath: download.tempFilePath, fileType: 'pdf', showMenu: false });
    return true;
  } catch {
    return false;
  }
}
