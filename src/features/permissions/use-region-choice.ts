import { useCallback, useState } from 'react';
import { tp } from '../../i18n/packages';
import { useSaid } from '../said/use-said';
import { REGIONS, locateRegion, type Point, type Region } from '../../platform/permissions';

/**
 * "Switch city / fill in my region": locate once on a tap; when location is refused, unavailable
 * or out of area, the region list opens instead and nothing else changes.
 */
export function useRegionChoice(options: { keepPoint?: boolean } = {}) {
  const keepPoint = options.keepPoint === true;
  const [region, setRegion] = useState<Region | null>(null);
  const [point, setPoint] = useState<Point | undefined>(undefined);
  const [listOpen, setListOpen] = useState(false);
  const [notice, say] = useSaid(tp.permissions.location);

  const locate = useCallback(async () => {
    const result = await locateRegion({ keepPoint });
    if (result.status === 'ok' && result.value.region) {
      setRegion(result.value.region);
      setPoint(result.value.point);
      say(null);
      return;
    }
    setListOpen(true);
    if (result.status === 'ok') say('outOfArea');
    else if (result.status === 'cancelled') say('pickFromList');
    else say(result);
  }, [keepPoint, say]);

  const choose = useCallback((id: string) => {
    setRegion(REGIONS.find((candidate) => candidate.id === id) ?? null);
    setPoint(undefined);
    setListOpen(false);
  }, []);

  const openList = useCallback(() => setListOpen(true), []);

  return { region, point, regions: REGIONS, listOpen, notice, locate, choose, openList };
}
