import { act, fireEvent, render } from '@testing-library/react';
import { PlainScrollView, ScrollView } from '../../../../config/h5/components/scroll-view';

// The H5 build's ScrollView (config/h5/components/scroll-view.js): Taro's tag, attributes and events, no Stencil.
async function mounted(ui: JSX.Element) {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(ui);
  });
  return view as ReturnType<typeof render>;
}

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
