import { copyText } from '../../../src/platform/clipboard';
import { wxApi } from '../../../src/platform/wx-api';

jest.mock('../../../src/platform/wx-api', () => ({ wxApi: { setClipboardData: jest.fn() } }));

describe('copyText', () => {
  it('hands the text to WeChat’s clipboard and says it was copied', async () => {
    jest.mocked(wxApi.setClipboardData).mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never);
    expect(await copyText('JBSWY3DPEHPK3PXP')).toBe(true);
    expect(wxApi.setClipboardData).toHaveBeenCalledWith({ data: 'JBSWY3DPEHPK3PXP' });
  });

  it('answers false when WeChat refuses, so no “copied” toast is shown', async () => {
    jest.mocked(wxApi.setClipboardData).mockRejectedValue(new Error('setClipboardData:fail'));
    expect(await copyText('JBSWY3DPEHPK3PXP')).toBe(false);
  });
});
