import { REGIONS, regionAt, regionInAddress } from '../../../../src/platform/permissions/regions';

describe('regionAt', () => {
  it.each([
    ['Hengqin (Shizimen)', 22.128, 113.525, 'hengqin'],
    ['Zhuhai city centre', 22.27, 113.57, 'zhuhai-xiangzhou'],
    ['Macao peninsula', 22.198, 113.543, 'macao'],
    ['Taipa', 22.155, 113.556, 'macao'],
    ['Guangzhou', 23.12, 113.3, 'guangzhou'],
  ])('places %s in its region', (_place, lat, lng, id) => {
    expect(regionAt(lat, lng)?.id).toBe(id);
  });

  it('returns null far from every region', () => {
    expect(regionAt(31.23, 121.47)).toBeNull();
  });
});

describe('regionInAddress', () => {
  it('matches a region named in an address', () => {
    expect(regionInAddress('广东省珠海市香洲区横琴新区环岛东路')?.id).toBe('hengqin');
    expect(regionInAddress('上海市黄浦区')).toBeNull();
  });

  it('has unique ids', () => {
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
  });
});
