import { act, fireEvent, render } from '@testing-library/react';
import { createElement, createRef } from 'react';
import { Button, PlainButton } from '../../../../config/h5/components/button';
import { BUTTON_CSS } from '../../../../config/h5/components/css';
import { PlainText, PlainView } from '../../../../config/h5/components/plain';
import { PlainScrollView, ScrollView } from '../../../../config/h5/components/scroll-view';
import { Text } from '../../../../config/h5/components/text';
import { View } from '../../../../config/h5/components/view';

// The H5 build's View, Text, ScrollView and Button (config/h5/components): Taro's tags and props, no Stencil component behind them.
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

describe('H5 ScrollView', () => {
  it('is a taro-scroll-view-core of the plain class; its axis, name and focus are attributes', async () => {
    const { container } = await mounted(
      <ScrollView
        className="agreement__document"
        scrollY
        {...({ tabIndex: 0, role: 'region', 'aria-label': '用户协议' } as object)}
      >
        <div id="a">a</div>
      </ScrollView>,
    );
    const el = container.querySelector('taro-scroll-view-core') as HTMLElement;
    expect(el).toBeInstanceOf(PlainScrollView);
    expect(el.className).toBe('agreement__document');
    expect(el.getAttribute('scroll-y')).toBe('true');
    expect(el.getAttribute('tabindex')).toBe('0');
    expect(el.getAttribute('role')).toBe('region');
    expect(el.getAttribute('aria-label')).toBe('用户协议');
    const css = Array.from(document.head.querySelectorAll('style')).map((s) => s.textContent ?? '');
    expect(
      css.some((s) =>
        s.includes(':where(taro-scroll-view-core[scroll-y]:not([scroll-y=false])){overflow:hidden scroll}'),
      ),
    ).toBe(true);
  });

  it('brings the child named by scroll-into-view to the top, smoothly with scroll-with-animation', async () => {
    const calls: { id: string; options: unknown }[] = [];
    // jsdom has no scrollIntoView: the element's own call is recorded.
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      calls.push({ id: this.id, options });
    };
    const { rerender } = await mounted(
      <ScrollView scrollY scrollWithAnimation>
        <div id="pp-1">1</div>
      </ScrollView>,
    );
    // The anchor and the heading it names arrive in one render, as the agreement's contents jump does.
    await act(async () => {
      rerender(
        <ScrollView scrollY scrollWithAnimation scrollIntoView="pp-2">
          <div id="pp-1">1</div>
          <div id="pp-2">2</div>
        </ScrollView>,
      );
    });
    expect(calls).toEqual([{ id: 'pp-2', options: { behavior: 'smooth', block: 'start' } }]);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it("turns the native scroll into Taro's scroll event with its detail, and says when the end is near", async () => {
    const onScroll = jest.fn();
    const onScrollToLower = jest.fn();
    const { container } = await mounted(
      <ScrollView scrollY onScroll={onScroll} onScrollToLower={onScrollToLower}>
        <div>long</div>
      </ScrollView>,
    );
    const el = container.querySelector('taro-scroll-view-core') as HTMLElement;
    Object.defineProperties(el, {
      scrollHeight: { value: 1000, configurable: true },
      clientHeight: { value: 400, configurable: true },
    });
    el.scrollTop = 580;
    await act(async () => {
      fireEvent.scroll(el);
    });
    expect(onScroll).toHaveBeenCalledTimes(1);
    const event = onScroll.mock.calls[0]?.[0] as CustomEvent;
    expect(event).toBeInstanceOf(CustomEvent);
    expect(event.detail).toEqual({ scrollLeft: 0, scrollTop: 580, scrollHeight: 1000, scrollWidth: el.scrollWidth });
    expect(onScrollToLower).toHaveBeenCalledTimes(1);
    expect((onScrollToLower.mock.calls[0]?.[0] as CustomEvent).detail).toEqual({ direction: 'bottom' });
  });
});

describe('H5 Button', () => {
  it('is a taro-button-core of the plain class: a focusable button with its attributes and Taro style', async () => {
    const { container } = await mounted(
      <Button className="app-button" type="primary" loading>
        同意
      </Button>,
    );
    const el = container.querySelector('taro-button-core') as HTMLElement;
    expect(el).toBeInstanceOf(PlainButton);
    expect(el.getAttribute('role')).toBe('button');
    expect(el.getAttribute('tabindex')).toBe('0');
    expect(el.getAttribute('type')).toBe('primary');
    expect(el.hasAttribute('loading')).toBe(true);
    expect(el).toMatchObject({ disabled: false, loading: true, plain: false, type: 'primary' });
    expect(el.textContent).toBe('同意');
    const styles = Array.from(document.head.querySelectorAll('style')).map((s) => s.textContent);
    expect(styles.filter((s) => s === BUTTON_CSS)).toHaveLength(1);
    expect(BUTTON_CSS).toContain('taro-button-core[loading]::before');
  });

  it('clicks on Enter and Space while enabled; disabled, it leaves the tab order and its click goes no further', async () => {
    const onClick = jest.fn();
    const onOuterClick = jest.fn();
    const { container, rerender } = await mounted(
      <View onClick={onOuterClick}>
        <Button onClick={onClick}>提交</Button>
      </View>,
    );
    const el = container.querySelector('taro-button-core') as HTMLElement;
    fireEvent.keyDown(el, { key: 'Enter' });
    fireEvent.keyDown(el, { key: ' ' });
    fireEvent.keyDown(el, { key: 'a' });
    expect(onClick).toHaveBeenCalledTimes(2);
    expect(onOuterClick).toHaveBeenCalledTimes(2);
    await act(async () => {
      rerender(
        <View onClick={onOuterClick}>
          <Button onClick={onClick} disabled>
            提交
          </Button>
        </View>,
      );
    });
    expect(el.hasAttribute('tabindex')).toBe(false);
    fireEvent.keyDown(el, { key: 'Enter' });
    expect(onClick).toHaveBeenCalledTimes(2);
    fireEvent.click(el);
    expect(onOuterClick).toHaveBeenCalledTimes(2);
  });

  it("adds button-hover while touched (20 ms in, 70 ms out) and sends Taro's submit event for form-type submit", async () => {
    jest.useFakeTimers();
    const onSubmit = jest.fn();
    const { container } = await mounted(<Button formType="submit">提交</Button>);
    const el = container.querySelector('taro-button-core') as HTMLElement;
    container.addEventListener('tarobuttonsubmit', onSubmit);
    fireEvent.touchStart(el);
    jest.advanceTimersByTime(19);
    expect(el.classList.contains('button-hover')).toBe(false);
    jest.advanceTimersByTime(1);
    expect(el.classList.contains('button-hover')).toBe(true);
    fireEvent.touchEnd(el);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(69);
    expect(el.classList.contains('button-hover')).toBe(true);
    jest.advanceTimersByTime(1);
    expect(el.classList.contains('button-hover')).toBe(false);
  });
});
