import { deviceLabel } from '../../../../../cloudfunctions/lib/contract/sessions';

describe('deviceLabel', () => {
  it('names a device by its model and platform', () => {
    expect(deviceLabel({ model: 'iPhone 15', platform: 'ios' })).toBe('iPhone 15 · ios');
  });

  describe('when a part is missing or the placeholder `unknown` (Taro H5 reports that model)', () => {
    it('keeps only what the device really said', () => {
      expect(deviceLabel({ model: 'unknown', platform: 'Linux' })).toBe('Linux');
      expect(deviceLabel({ model: ' Unknown ', platform: 'windows' })).toBe('windows');
      expect(deviceLabel({ platform: 'android' })).toBe('android');
    });

    it('says nothing when nothing is known, so the screen shows its own words', () => {
      expect(deviceLabel({ model: 'unknown' })).toBeNull();
      expect(deviceLabel(null)).toBeNull();
    });
  });
});
