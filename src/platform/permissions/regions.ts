/**
 * The regions a person can choose for city-specific services, with a few reference points each.
 * A located point is turned into the region of its nearest reference point (within MAX_KM); the
 * point itself is not kept. Approximate on purpose: the person sees and can change the region.
 */
export interface Region {
  id: string;
  name: string;
  /** Words that identify it in an address returned by the map picker. */
  keywords: readonly string[];
  points: readonly (readonly [latitude: number, longitude: number])[];
}

export const REGIONS: readonly Region[] = [
  {
    id: 'hengqin',
    name: '横琴粤澳深度合作区',
    keywords: ['横琴'],
    points: [
      [22.14, 113.53],
      [22.118, 113.51],
      [22.1, 113.49],
    ],
  },
  { id: 'zhuhai-xiangzhou', name: '珠海市香洲区', keywords: ['香洲区'], points: [[22.271, 113.543]] },
  { id: 'zhuhai-jinwan', name: '珠海市金湾区', keywords: ['金湾区'], points: [[22.147, 113.363]] },
  { id: 'zhuhai-doumen', name: '珠海市斗门区', keywords: ['斗门区'], points: [[22.209, 113.296]] },
  {
    id: 'macao',
    name: '澳门特别行政区',
    keywords: ['澳门', '澳門'],
    points: [
      [22.195, 113.545],
      [22.155, 113.56],
      [22.12, 113.565],
    ],
  },
  { id: 'zhongshan', name: '中山市', keywords: ['中山市'], points: [[22.517, 113.392]] },
  { id: 'jiangmen', name: '江门市', keywords: ['江门市'], points: [[22.579, 113.081]] },
  { id: 'guangzhou', name: '广州市', keywords: ['广州市'], points: [[23.129, 113.264]] },
  { id: 'shenzhen', name: '深圳市', keywords: ['深圳市'], points: [[22.543, 114.058]] },
  { id: 'hongkong', name: '香港特别行政区', keywords: ['香港'], points: [[22.319, 114.169]] },
];

export const MAX_KM = 40;

function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLng = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The region around a point, or null when none is near enough. */
export function regionAt(latitude: number, longitude: number, regions: readonly Region[] = REGIONS): Region | null {
  let best: { region: Region; km: number } | null = null;
  for (const region of regions) {
    for (const point of region.points) {
      const km = distanceKm([latitude, longitude], point);
      if (!best || km < best.km) best = { region, km };
    }
  }
  return best && best.km <= MAX_KM ? best.region : null;
}

/** The region named in an address (the map picker's answer), or null. */
export function regionInAddress(address: string, regions: readonly Region[] = REGIONS): Region | null {
  return regions.find((region) => region.keywords.some((word) => address.includes(word))) ?? null;
}
