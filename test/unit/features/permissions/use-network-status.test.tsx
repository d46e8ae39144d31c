import { act, renderHook } from '@testing-library/react';
import { useNetworkStatus } from '../../../../src/features/permissions/use-network-status';
import { watchNetwork, type NetworkStatus } from '../../../../src/platform/permissions/network';

jest.mock('../../../../src/platform/permissions/network', () => ({
  ...jest.requireActual('../../../../src/platform/permissions/network'),
  watchNetwork: jest.fn(),
}));

describe('useNetworkStatus', () => {
  it('follows the network and stops listening when unmounted', () => {
    let report: (status: NetworkStatus) => void = () => undefined;
    const stop = jest.fn();
    jest.mocked(watchNetwork).mockImplementation((listener) => {
      report = listener;
      return stop;
    });
    const { result, unmount } = renderHook(() => useNetworkStatus());
    expect(result.current.online).toBe(true);
    act(() => report({ online: false, type: 'none' }));
    expect(result.current).toEqual({ online: false, type: 'none' });
    unmount();
    expect(stop).toHaveBeenCalled();
  });
});
