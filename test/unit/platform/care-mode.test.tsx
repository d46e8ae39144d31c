import type Taro from '@tarojs/taro';
import { act, fireEvent, render } from '@testing-library/react';
import { CareSwitch } from '../../../src/components/care-switch';
import { CARE_CLASS, useCareMode } from '../../../src/features/care/use-care-mode';
import { careModeAtLaunch, chooseCareMode } from '../../../src/platform/care-mode';
import { overrideWxApi, restoreWxApi } from '../../../src/platform/wx-api';

const stored = new Map<string, unknown>();
let fontSizeSetting: number | undefined;

beforeEach(() => {
  stored.clear();
  fontSizeSetting = undefined;
  overrideWxApi('getStorageSync', (key) => stored.get(key) ?? '');
  overrideWxApi('setStorageSync', (key, value) => void stored.set(key, value));
  overrideWxApi(
    'getAppBaseInfo',
    () => ({ language: 'zh_CN', fontSizeSetting }) as ReturnType<typeof Taro.getAppBaseInfo>,
  );
});
afterEach(() => {
  chooseCareMode(false);
  restoreWxApi();
});

/** A page root as every page writes it: its own class plus the care class. */
function PageRoot() {
  const care = useCareMode();
  return <div className={`home ${care.rootClass}`} data-testid="root" />;
}

describe('关怀模式 (长辈版)', () => {
  it('follows WeChat’s font size when the person has not chosen', () => {
    fontSizeSetting = 17; // iOS standard size
    expect(careModeAtLaunch()).toBe(false);
    fontSizeSetting = 16; // Android standard size
    expect(careModeAtLaunch()).toBe(false);
    fontSizeSetting = 20;
    expect(careModeAtLaunch()).toBe(true);
    fontSizeSetting = 26;
    expect(careModeAtLaunch()).toBe(true);
    fontSizeSetting = undefined; // a client that cannot say
    expect(careModeAtLaunch()).toBe(false);
  });

  it('keeps the person’s choice over WeChat’s font size', () => {
    fontSizeSetting = 26;
    stored.set('ui.care', false);
    expect(careModeAtLaunch()).toBe(false);
    fontSizeSetting = 16;
    stored.set('ui.care', true);
    expect(careModeAtLaunch()).toBe(true);
  });

  it('the switch says its state in words, is remembered, and puts the care class on every mounted page', async () => {
    let view: ReturnType<typeof render> | undefined;
    await act(async () => {
      view = render(
        <>
          <PageRoot />
          <CareSwitch />
        </>,
      );
    });
    const { container, getByTestId } = view as ReturnType<typeof render>;
    const control = container.querySelector('[role="switch"]') as HTMLElement;
    expect(control.getAttribute('aria-checked')).toBe('false');
    expect(control.textContent).toContain('已关闭');
    expect(getByTestId('root').classList.contains(CARE_CLASS)).toBe(false);

    await act(async () => {
      fireEvent.click(control);
    });
    expect(control.getAttribute('aria-checked')).toBe('true');
    expect(control.textContent).toContain('已开启');
    expect(getByTestId('root').classList.contains(CARE_CLASS)).toBe(true);
    expect(stored.get('ui.care')).toBe(true);
  });
});
