/** A picked file in the browser: an object URL stands in for WeChat's temp path. */
export interface BrowserFile {
  path: string;
  name: string;
  size: number;
}

/**
 * The H5 stand-in for chooseMessageFile, which Taro's browser runtime does not support: a hidden
 * file input limited to the allowed extensions. Rejects like WeChat does when the person cancels.
 */
export function pickWithFileInput(count: number, extensions: readonly string[]): Promise<BrowserFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = count > 1;
    input.accept = extensions.map((extension) => `.${extension}`).join(',');
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, count);
      resolve(files.map((file) => ({ path: URL.createObjectURL(file), name: file.name, size: file.size })));
    });
    input.addEventListener('cancel', () => reject({ errMsg: 'chooseMessageFile:fail cancel' }));
    input.click();
  });
}
