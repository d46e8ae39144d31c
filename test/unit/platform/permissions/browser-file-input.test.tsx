import { pickWithFileInput } from '../../../../src/platform/permissions/browser-file-input';

/** Runs in jsdom: the browser stand-in for chooseMessageFile. */
describe('pickWithFileInput', () => {
  let input: HTMLInputElement;

  beforeEach(() => {
    const create = document.createElement.bind(document);
    jest.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const element = create(tag);
      if (tag === 'input') {
        input = element as HTMLInputElement;
        jest.spyOn(input, 'click').mockImplementation(() => undefined);
      }
      return element;
    });
    URL.createObjectURL = jest.fn((file: Blob) => `blob:${(file as File).name}`);
  });

  afterEach(() => jest.restoreAllMocks());

  it('accepts only the allowed extensions and answers with the picked files', async () => {
    const picked = pickWithFileInput(2, ['pdf', 'png']);
    expect(input.accept).toBe('.pdf,.png');
    expect(input.multiple).toBe(true);
    const files = [new File(['%PDF'], '章程.pdf'), new File(['x'], 'a.png'), new File(['y'], 'b.png')];
    Object.defineProperty(input, 'files', { value: files });
    input.dispatchEvent(new Event('change'));
    await expect(picked).resolves.toEqual([
      { path: 'blob:章程.pdf', name: '章程.pdf', size: 4 },
      { path: 'blob:a.png', name: 'a.png', size: 1 },
    ]);
  });

  it('rejects like WeChat when the person cancels', async () => {
    const picked = pickWithFileInput(1, ['pdf']);
    input.dispatchEvent(new Event('cancel'));
    await expect(picked).rejects.toEqual({ errMsg: 'chooseMessageFile:fail cancel' });
  });
});
