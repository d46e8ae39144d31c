import { act, renderHook } from '@testing-library/react';
import { useRegionChoice } from '../../../../src/features/permissions/use-region-choice';
import { REGIONS, locateRegion } from '../../../../src/platform/permissions';
import { tp } from '../../../../src/i18n/packages';

jest.mock('../../../../src/platform/permissions', () => ({
  ...jest.requireActual('../../../../src/platform/permissions'),
  locateRegion: jest.fn(),
}));

const hengqin = REGIONS.find((r) => r.id === 'hengqin');

describe('useRegionChoice', () => {
  it('fills in the region when location is granted', async () => {
    jest.mocked(locateRegion).mockResolvedValue({ status: 'ok', value: { region: hengqin ?? null } });
    const { result } = renderHook(() => useRegionChoice());
    await act(() => result.current.locate());
    expect(result.current.region?.id).toBe('hengqin');
    expect(result.current.point).toBeUndefined();
    expect(result.current.listOpen).toBe(false);
  });

  it('opens the region list with the reason when location is refused, and the list still works', async () => {
    const refusal = tp.permissions.items.location.refusal;
    jest.mocked(locateRegion).mockResolvedValue({ status: 'denied', reason: 'refused', message: refusal });
    const { result } = renderHook(() => useRegionChoice());
    await act(() => result.current.locate());
    expect(result.current.listOpen).toBe(true);
    expect(result.current.notice).toBe(refusal);
    act(() => result.current.choose('macao'));
    expect(result.current.region?.name).toBe('澳门特别行政区');
    expect(result.current.listOpen).toBe(false);
  });

  it('opens the list when the position is outside every region', async () => {
    jest.mocked(locateRegion).mockResolvedValue({ status: 'ok', value: { region: null } });
    const { result } = renderHook(() => useRegionChoice());
    await act(() => result.current.locate());
    expect(result.current.notice).toBe(tp.permissions.location.outOfArea);
  });
});
