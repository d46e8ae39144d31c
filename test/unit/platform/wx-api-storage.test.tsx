import { wxApi } from '../../../src/platform/wx-api';

/**
 * Device storage through the one table, on Taro's H5 implementation (localStorage): a key never
 * written answers '' without Taro parsing '' and catching the SyntaxError (issue 18: eight thrown at
 * a first launch), and whatever was written reads back as Taro's getStorageSync gives it.
 */
describe('wxApi.getStorageSync on H5', () => {
  afterEach(() => {
    localStorage.clear();
    jest.restoreAllMocks();
  });

  it('answers a key never written with an empty string, parsing nothing', () => {
    const parse = jest.spyOn(JSON, 'parse');
    expect(wxApi.getStorageSync('ui.locale')).toBe('');
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads back what was written, falsy values included, and nothing once removed', () => {
    const values: unknown[] = ['pt-PT', { version: '2026-11-15', documents: [] }, false, 0, ''];
    for (const value of values) {
      wxApi.setStorageSync('consent.accepted', value);
      expect(wxApi.getStorageSync('consent.accepted')).toEqual(value);
    }
    wxApi.removeStorageSync('consent.accepted');
    expect(wxApi.getStorageSync('consent.accepted')).toBe('');
  });

  it('still leaves to Taro what another writer stored in a form Taro does not read', () => {
    localStorage.setItem('home.region', 'not JSON');
    expect(wxApi.getStorageSync('home.region')).toBe('');
    localStorage.setItem('home.region', JSON.stringify({ data: { id: 'hq', name: '横琴' } }));
    expect(wxApi.getStorageSync('home.region')).toEqual({ id: 'hq', name: '横琴' });
  });
});
