import { act, waitFor } from '@testing-library/react';

/**
 * Answers the dialog Taro's H5 runtime draws for showModal (`.taro__modal`, appended to <body>):
 * waits until it is shown, returns its title and text, and taps confirm or cancel.
 */
export async function answerModal(choice: 'confirm' | 'cancel'): Promise<{ title: string; text: string }> {
  const modal = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('.taro__modal');
    // Shown: present, not hidden (display none) and not fading out (opacity 0 as soon as answered).
    if (!el || el.style.display === 'none' || el.style.opacity === '0') throw new Error('no dialog is shown');
    return el;
  });
  const shown = {
    title: modal.querySelector('.taro-modal__title')?.textContent ?? '',
    text: modal.querySelector('.taro-modal__text')?.textContent ?? '',
  };
  await act(async () => {
    modal.querySelector<HTMLElement>(`.taro-model__${choice}`)?.click();
  });
  return shown;
}
