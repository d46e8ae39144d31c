import { act, fireEvent, render } from '@testing-library/react';
import type { MaterialView } from '../../../cloudfunctions/lib/contract/requests';
import { FilePreview } from '../../../src/components/file-preview';
import { humanFileName, materialLabels } from '../../../src/features/requests/material-label';
import { useFilePreview } from '../../../src/features/requests/use-file-preview';
import { overrideWxApi, restoreWxApi, type WxApi } from '../../../src/platform/wx-api';

function Viewer({ url, kind }: { url: string; kind: string }) {
  const preview = useFilePreview();
  return (
    <>
      <button className="open" onClick={() => void preview.open(url, kind, 'licence')}>
        查看
      </button>
      <FilePreview state={preview} name="t" title={(subject) => (subject === 'licence' ? '营业执照' : subject)} />
    </>
  );
}

async function tap(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector)!);
    await Promise.resolve();
  });
}

function asWeapp<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.env.TARO_ENV;
  process.env.TARO_ENV = 'weapp';
  return work().finally(() => {
    process.env.TARO_ENV = previous as typeof process.env.TARO_ENV;
  });
}

describe('查看 of a stored file', () => {
  afterEach(() => restoreWxApi());

  it('in the browser build stays open over the page, named by its material, until 关闭', async () => {
    const { container } = render(<Viewer url="https://files.example/a.jpg" kind="jpeg" />);
    await tap(container, '.open');
    const shown = container.querySelector('.t__preview');
    expect(shown?.getAttribute('aria-label')).toBe('营业执照');
    expect(shown?.querySelector('.file-preview__image')).not.toBeNull();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(container.querySelector('.t__preview')).not.toBeNull();
    await tap(container, '.file-preview__close');
    expect(container.querySelector('.t__preview')).toBeNull();
  });

  it('shows a PDF in the page too, in the browser’s own viewer', async () => {
    const { container } = render(<Viewer url="https://files.example/b.pdf" kind="pdf" />);
    await tap(container, '.open');
    expect(container.querySelector('iframe.file-preview__document')?.getAttribute('src')).toBe(
      'https://files.example/b.pdf',
    );
  });

  it('in WeChat opens images in previewImage and PDFs through downloadFile + openDocument', async () => {
    const previewImage = jest.fn(() => Promise.resolve({ errMsg: 'previewImage:ok' }));
    const downloadFile = jest.fn(() => Promise.resolve({ statusCode: 200, tempFilePath: 'wxfile://tmp/b.pdf' }));
    const openDocument = jest.fn(() => Promise.resolve({ errMsg: 'openDocument:ok' }));
    overrideWxApi('previewImage', previewImage as unknown as WxApi['previewImage']);
    overrideWxApi('downloadFile', downloadFile as unknown as WxApi['downloadFile']);
    overrideWxApi('openDocument', openDocument as unknown as WxApi['openDocument']);
    await asWeapp(async () => {
      const image = render(<Viewer url="https://files.example/a.png" kind="png" />);
      await tap(image.container, '.open');
      expect(previewImage).toHaveBeenCalledWith({
        urls: ['https://files.example/a.png'],
        current: 'https://files.example/a.png',
      });
      expect(image.container.querySelector('.t__preview')).toBeNull();
      image.unmount();
      const pdf = render(<Viewer url="https://files.example/b.pdf" kind="pdf" />);
      await tap(pdf.container, '.open');
      await act(async () => {
        await Promise.resolve();
      });
      expect(openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/b.pdf', fileType: 'pdf', showMenu: false });
    });
  });

  it('says so when WeChat cannot show the file', async () => {
    overrideWxApi('previewImage', (() => Promise.reject(new Error('fail'))) as unknown as WxApi['previewImage']);
    await asWeapp(async () => {
      const { container } = render(<Viewer url="https://files.example/a.png" kind="jpeg" />);
      await tap(container, '.open');
      await act(async () => {
        await Promise.resolve();
      });
      expect(container.querySelector('.t__preview-failed')?.textContent).toBe('文件暂时无法打开，请稍后重试');
    });
  });
});

describe('material names', () => {
  const material = (code: string, name: string, file: string, round = 0): MaterialView => ({
    materialCode: code,
    materialName: name,
    uploadId: `${code}-${file}`,
    name: file,
    size: 1,
    kind: 'jpeg',
    round,
    url: null,
  });

  it('are the matter’s names, numbered when one material has several files, never machine file names', () => {
    const labels = materialLabels([
      material('licence', '营业执照', 'tmp_5c2f0e9a8b7d6c5e.jpg'),
      material('photo', '经营场所照片', 'wx3f9a0b1c2d3e4f5a6b.jpg'),
      material('photo', '经营场所照片', 'IMG_0001.jpg'),
      material('photo', '经营场所照片', 'more.jpg', 1),
    ]);
    expect(labels).toEqual(['营业执照', '经营场所照片 · 第 1 份', '经营场所照片 · 第 2 份', '经营场所照片']);
    expect(labels.join()).not.toMatch(/tmp_|wx3f|\.jpg/);
  });

  it('keep a file name a person gave and drop the ones phones and WeChat make up', () => {
    expect(humanFileName('租赁合同.pdf')).toBe('租赁合同.pdf');
    expect(humanFileName('tmp_5c2f0e9a8b7d6c5e.jpg')).toBeNull();
    expect(humanFileName('wxfile://tmp_abc.jpg')).toBeNull();
    expect(humanFileName('0f3c9a7b2e1d4c5b6a7f8e9d.pdf')).toBeNull();
  });
});
