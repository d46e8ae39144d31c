// The test shows the cause with Taro's own Button, which pages may not import (eslint.config.mjs).
import { Button } from '@tarojs/components';
import { act, fireEvent, render } from '@testing-library/react';
import { AppButton } from '../../../src/components/app-button';

async function mounted(ui: JSX.Element) {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(ui);
  });
  return view as ReturnType<typeof render>;
}

const button = (container: HTMLElement) => container.querySelector('.app-button') as HTMLElement;

describe('AppButton', () => {
  it('shows the cause: Taro\'s Button given disabled={false} carries disabled="false", which [disabled] matches', async () => {
    const { container } = await mounted(<Button disabled={false}>raw</Button>);
    expect(container.firstElementChild?.getAttribute('disabled')).toBe('false');
    expect(container.firstElementChild?.matches('[disabled]')).toBe(true);
  });

  it('enabled: no disabled attribute, no disabled class, not inert, and taps go through', async () => {
    const onClick = jest.fn();
    const { container } = await mounted(
      <AppButton variant="primary" disabled={false} className="feedback__submit" onClick={onClick}>
        提交
      </AppButton>,
    );
    const b = button(container);
    expect(b.hasAttribute('disabled')).toBe(false);
    expect(b.matches('[disabled]')).toBe(false);
    expect(b.getAttribute('aria-disabled')).toBeNull();
    expect(b.className).toContain('app-button--primary');
    expect(b.className).not.toContain('app-button--disabled');
    // The page's own class stays on the rendered button: e2e specs find buttons by it.
    expect(b.classList.contains('feedback__submit')).toBe(true);
    await act(async () => {
      fireEvent.click(b);
    });
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('disabled: the attribute, the class and aria-disabled, and taps do not reach the page', async () => {
    const onClick = jest.fn();
    const { container } = await mounted(
      <AppButton variant="warn" disabled onClick={onClick}>
        注销
      </AppButton>,
    );
    const b = button(container);
    expect(b.hasAttribute('disabled')).toBe(true);
    expect(b.className).toContain('app-button--disabled');
    expect(b.getAttribute('aria-disabled')).toBe('true');
    await act(async () => {
      fireEvent.click(b);
    });
    expect(onClick).not.toHaveBeenCalled();
  });

  it('re-enabled after being disabled: the attribute goes away', async () => {
    const view = await mounted(<AppButton disabled>领取</AppButton>);
    expect(button(view.container).hasAttribute('disabled')).toBe(true);
    await act(async () => {
      view.rerender(<AppButton disabled={false}>领取</AppButton>);
    });
    const b = button(view.container);
    expect(b.hasAttribute('disabled')).toBe(false);
    expect(b.className).not.toContain('app-button--disabled');
  });

  it('loading: announced as busy (aria-disabled) with the loading class, not styled as disabled', async () => {
    const { container } = await mounted(
      <AppButton variant="primary" loading>
        提交中
      </AppButton>,
    );
    const b = button(container);
    expect(b.className).toContain('app-button--loading');
    expect(b.className).not.toContain('app-button--disabled');
    expect(b.getAttribute('aria-disabled')).toBe('true');
  });

  it('an icon-only button carries its aria-label', async () => {
    const { container } = await mounted(<AppButton ariaLabel="删除消息">×</AppButton>);
    expect(button(container).getAttribute('aria-label')).toBe('删除消息');
  });

  it('a disabled button says why, next to it; the reason goes once it is enabled', async () => {
    const view = await mounted(
      <AppButton disabled disabledReason="两次输入的新密码不一致">
        保存
      </AppButton>,
    );
    expect(view.container.querySelector('.app-button__reason')?.textContent).toBe('两次输入的新密码不一致');
    await act(async () => {
      view.rerender(
        <AppButton disabled={false} disabledReason="两次输入的新密码不一致">
          保存
        </AppButton>,
      );
    });
    expect(view.container.querySelector('.app-button__reason')).toBeNull();
  });
});
