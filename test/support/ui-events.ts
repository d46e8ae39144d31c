import { act, fireEvent } from '@testing-library/react';

/** Types `value` into the field `selector` as Taro's Input reports it (an `input` event with `detail.value`). */
export function type(container: HTMLElement, selector: string, value: string) {
  act(() => {
    container.querySelector(selector)?.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

/** Clicks `selector` and lets the promises its handler started settle. */
export async function click(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}
