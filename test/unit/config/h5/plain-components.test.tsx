import { act, fireEvent, render } from '@testing-library/react';
import { createElement, createRef } from 'react';
import { PlainText, PlainView } from '../../../../config/h5/components/plain';
import { Text } from '../../../../config/h5/components/text';
import { View } from '../../../../config/h5/components/view';

// The H5 build's View and Text (config/h5/components): Taro's tags and props, no Stencil component behind them.
async function mounted(ui: JSX.Element) {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(ui);
  });
  return view as ReturnType<typeof render>;
}

afterEach(() => jest.useRealTimers());

describe('H5 View', () => {
  it('is a taro-view-core of the plain class, with its classes, attributes and Taro style', async () => {
    const { container } = await mounted(
      <View className="agreement__tick" role="checkbox" aria-checked={false} id="tick">
        text
      </View>,
    );
    const el = container.querySelector('taro-view-core') as HTMLElement;
    expect(el).toBeInstanceOf(PlainView);
    expect(customElements.get('taro-view-core')).toBe(PlainView);
    expect(el.className).toBe('agreement__tick');
    expect(el.getAttribute('role')).toBe('checkbox');
    expect(el.getAttribute('aria-checked')).toBe('false');
    expect(el.id).toBe('tick');
    expect(el.textContent).toBe('text');
    const styles = Array.from(document.head.querySelectorAll('style')).map((s) => s.textContent);
    expect(styles.filter((s) => s === 'taro-view-core{display:block}')).toHaveLength(1);
  });

  it('passes the native click to onClick and keeps classes React set when they change', async () => {
    const onClick = jest.fn();
    const { container, rerender } = await mounted(
      <View className="tab" onClick={onClick}>
        a
      </View>,
    );
    const el = container.querySelector('taro-view-core') as HTMLElement;
    await act(async () => {
      fireEvent.click(el);
    });
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onClick.mock.calls[0]?.[0]).toBeInstanceOf(MouseEvent);
    await act(async () => {
      rerender(
        <View className="tab tab--active" onClick={onClick}>
          a
        </View>,
      );
    });
    expect(el.className).toBe('tab tab--active');
  });

  it('follows a changed or removed handler, forwards its ref and takes a string style as the attribute', async () => {
    const first = jest.fn();
    const second = jest.fn();
    const ref = createRef<HTMLElement>();
    const { container, rerender } = await mounted(
      createElement(View, { ref, onClick: first, style: 'color: red' } as object, 'a'),
    );
    const el = container.querySelector('taro-view-core') as HTMLElement;
    expect(ref.current).toBe(el);
    expect(el.getAttribute('style')).toBe('color: red');
    await act(async () => {
      rerender(<View onClick={second}>a</View>);
    });
    await act(async () => {
      fireEvent.click(el);
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    await act(async () => {
      rerender(<View>a</View>);
    });
    await act(async () => {
      fireEvent.click(el);
    });
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("adds hoverClass while touched and sends longpress after 350 ms, as Taro's View does", async () => {
    jest.useFakeTimers();
    const onLongPress = jest.fn();
    const { container } = await mounted(
      <View className="cell" hoverClass="cell--hover" onLongPress={onLongPress}>
        a
      </View>,
    );
    const el = container.querySelector('taro-view-core') as HTMLElement;
    fireEvent.touchStart(el);
    jest.advanceTimersByTime(49);
    expect(el.classList.contains('cell--hover')).toBe(false);
    jest.advanceTimersByTime(1);
    expect(el.classList.contains('cell--hover')).toBe(true);
    jest.advanceTimersByTime(300);
    expect(onLongPress).toHaveBeenCalledTimes(1);
    fireEvent.touchEnd(el);
    jest.advanceTimersByTime(399);
    expect(el.classList.contains('cell--hover')).toBe(true);
    jest.advanceTimersByTime(1);
    expect(el.className).toBe('cell');
  });

  it('sends no longpress for a short tap or a touch that moves', async () => {
    jest.useFakeTimers();
    const onLongPress = jest.fn();
    const { container } = await mounted(<View onLongPress={onLongPress}>a</View>);
    const el = container.querySelector('taro-view-core') as HTMLElement;
    fireEvent.touchStart(el);
    jest.advanceTimersByTime(100);
    fireEvent.touchEnd(el);
    fireEvent.touchStart(el);
    fireEvent.touchMove(el);
    jest.advanceTimersByTime(1000);
    expect(onLongPress).not.toHaveBeenCalled();
  });

  it('mirrors animation to data-animation', async () => {
    const { container } = await mounted(createElement(View, { animation: 'fade' } as object, 'a'));
    const el = container.querySelector('taro-view-core') as HTMLElement;
    expect(el.getAttribute('animation')).toBe('fade');
    expect(el.getAttribute('data-animation')).toBe('fade');
  });
});

describe('H5 Text', () => {
  it('is a taro-text-core of the plain class; userSelect and numberOfLines reach the attributes Taro styles', async () => {
    const { container } = await mounted(
      <Text className="secret" userSelect numberOfLines={3}>
        abc
      </Text>,
    );
    const el = container.querySelector('taro-text-core') as HTMLElement;
    expect(el).toBeInstanceOf(PlainText);
    expect(el.className).toBe('secret');
    expect(el.getAttribute('user-select')).toBe('true');
    expect(el.getAttribute('number-of-lines')).toBe('3');
    expect(el.style.getPropertyValue('--line-clamp')).toBe('3');
    const css = Array.from(document.head.querySelectorAll('style')).map((s) => s.textContent ?? '');
    expect(css.some((s) => s.includes('taro-text-core[user-select=true]{user-select:text'))).toBe(true);
  });
});
