import { onDemandApi } from '../../../src/platform/wx-api-on-demand';

/**
 * The browser build's on-demand entries (src/platform/wx-api-on-demand-load.h5.ts, which Taro's H5
 * build picks over the `.ts` of the same name): a call made before their chunk is in waits for it and
 * gets the real entry's answer; the chunk is fetched once the page is idle after the first screen;
 * a failed fetch is tried again by the next call, not remembered.
 */
type Load = typeof import('../../../src/platform/wx-api-on-demand-load.h5');

function freshLoader(): Load {
  let loaded: Load | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<Load>('../../../src/platform/wx-api-on-demand-load.h5');
  });
  if (!loaded) throw new Error('not loaded');
  return loaded;
}

describe('the on-demand wx entries in the browser build', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    jest.dontMock('../../../src/platform/wx-api-on-demand');
  });

  it('forwards a call, its arguments and its answer to the real entry', async () => {
    const toast = jest.spyOn(onDemandApi, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' });
    const { onDemand } = freshLoader();
    await expect(onDemand.showToast({ title: '已保存', icon: 'none' })).resolves.toEqual({ errMsg: 'showToast:ok' });
    expect(toast).toHaveBeenCalledWith({ title: '已保存', icon: 'none' });
  });

  it('passes a refusal on as the entry gave it', async () => {
    jest.spyOn(onDemandApi, 'getLocation').mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
    const { onDemand } = freshLoader();
    await expect(onDemand.getLocation({ type: 'gcj02' })).rejects.toEqual({ errMsg: 'getLocation:fail auth deny' });
  });

  it('fetches the chunk once the page is idle', async () => {
    const idle: (() => void)[] = [];
    const requestIdle = jest.fn((work: () => void) => idle.push(work));
    Object.assign(globalThis, { requestIdleCallback: requestIdle });
    try {
      const modal = jest
        .spyOn(onDemandApi, 'showModal')
        .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' });
      const { preloadOnDemand, onDemand } = freshLoader();
      preloadOnDemand();
      expect(requestIdle).toHaveBeenCalledWith(expect.any(Function), { timeout: 2000 });
      expect(idle).toHaveLength(1);
      idle[0]?.();
      await expect(onDemand.showModal({ title: '确认' })).resolves.toMatchObject({ confirm: true });
      expect(modal).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(globalThis, 'requestIdleCallback');
    }
  });

  it('tries a failed fetch again on the next call', async () => {
    let attempts = 0;
    jest.doMock('../../../src/platform/wx-api-on-demand', () => {
      attempts += 1;
      if (attempts === 1) throw new Error('ChunkLoadError: offline');
      return { onDemandApi: { getSetting: () => Promise.resolve({ authSetting: {} }) } };
    });
    const { onDemand } = freshLoader();
    await expect(onDemand.getSetting()).rejects.toThrow('offline');
    await expect(onDemand.getSetting()).resolves.toEqual({ authSetting: {} });
    expect(attempts).toBe(2);
  });
});
