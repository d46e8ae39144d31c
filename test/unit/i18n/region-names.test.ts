import { REGIONS } from '../../../src/platform/permissions/regions';
import { applyLocale } from '../../../src/i18n/locale-store';
import { regionName } from '../../../src/i18n/region-name';
import { t } from '../../../src/i18n';
import { zhCN } from '../../../src/i18n/zh-CN';

describe('region names in every language', () => {
  afterEach(() => applyLocale('zh-CN'));

  it('the Simplified catalog names each region as regions.ts does', () => {
    for (const region of REGIONS) expect([region.id, regionName(region)]).toEqual([region.id, region.name]);
    expect(Object.keys(zhCN.home.regions).sort()).toEqual(REGIONS.map((r) => r.id).sort());
  });

  it("English and Portuguese name every region in their own words, Hengqin (home's default) among them", () => {
    const hengqin = { en: 'Hengqin Cooperation Zone', 'pt-PT': 'Zona de Cooperação de Hengqin' } as const;
    for (const locale of ['en', 'pt-PT'] as const) {
      applyLocale(locale);
      for (const region of REGIONS)
        expect([locale, region.id, /[\u4e00-\u9fff]/.test(regionName(region))]).toEqual([locale, region.id, false]);
      expect(regionName(REGIONS.find((r) => r.id === 'hengqin')!)).toBe(hengqin[locale]);
      expect(t.home.regions.hengqin).toBe(hengqin[locale]);
    }
  });

  it('Traditional Chinese (Macao) writes them in Traditional characters', () => {
    applyLocale('zh-MO');
    expect(regionName(REGIONS.find((r) => r.id === 'macao')!)).toBe('澳門特別行政區');
    expect(regionName(REGIONS.find((r) => r.id === 'hengqin')!)).toBe('橫琴粵澳深度合作區');
  });

  it('a region kept by an older version, unknown to the catalog, keeps its stored name', () => {
    applyLocale('en');
    expect(regionName({ id: 'somewhere-removed', name: '某地' })).toBe('某地');
  });
});
