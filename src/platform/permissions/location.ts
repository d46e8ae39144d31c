import { wxApi } from '../wx-api';
import { ensure } from './ensure';
import { regionAt, regionInAddress, type Region } from './regions';
import { failed, notGranted, ok, type CapabilityResult } from './result';

export interface Point {
  latitude: number;
  longitude: number;
}

/** A region found from the person's location. `point` is there only when they asked to keep it. */
export interface LocatedRegion {
  region: Region | null;
  point?: Point;
}

function located(region: Region | null, point: Point, keepPoint: boolean): LocatedRegion {
  return keepPoint ? { region, point: { latitude: point.latitude, longitude: point.longitude } } : { region };
}

/**
 * "Switch city / fill in my region": the current position (getLocation) becomes a region and the
 * coordinates are dropped unless `keepPoint`. On refusal the feature shows the region list.
 */
export async function locateRegion(options: { keepPoint?: boolean } = {}): Promise<CapabilityResult<LocatedRegion>> {
  const permission = await ensure('location');
  if (permission.status !== 'granted') return notGranted(permission);
  try {
    const position = await wxApi.getLocation({ type: 'wgs84' });
    return ok(located(regionAt(position.latitude, position.longitude), position, options.keepPoint === true));
  } catch (error) {
    return failed('location', error);
  }
}

/** The person picks a place on WeChat's map (chooseLocation); its address names the region. */
export async function pickRegionOnMap(options: { keepPoint?: boolean } = {}): Promise<CapabilityResult<LocatedRegion>> {
  try {
    const place = await wxApi.chooseLocation({});
    const region =
      regionInAddress(`${place.address ?? ''}${place.name ?? ''}`) ?? regionAt(place.latitude, place.longitude);
    return ok(located(region, place, options.keepPoint === true));
  } catch (error) {
    return failed('location', error);
  }
}
