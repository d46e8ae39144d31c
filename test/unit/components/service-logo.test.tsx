import { act, render } from '@testing-library/react';
import { ServiceLogo, monogramOf } from '../../../src/components/service-logo';

describe('ServiceLogo', () => {
  it('shows the logo from its link, labelled with the service name', () => {
    const { container } = render(<ServiceLogo name="横琴示例服务" url="https://tmp.example/l.png" />);
    const image = container.querySelector('.service-logo');
    expect(image?.className).toContain('service-logo--image');
    expect(image?.getAttribute('src')).toBe('https://tmp.example/l.png');
    expect(image?.getAttribute('aria-label')).toBe('横琴示例服务');
  });

  it('without a logo, shows a neutral tile with the name’s first character', () => {
    const { container } = render(<ServiceLogo name=" Macau Demo" url={null} />);
    const tile = container.querySelector('.service-logo');
    expect(tile?.className).toContain('service-logo--monogram');
    expect(tile?.textContent).toBe('M');
    expect(tile?.getAttribute('role')).toBe('img');
    expect(tile?.getAttribute('aria-label')).toBe(' Macau Demo');
  });

  it('when the image fails to load (an expired link), falls back to the tile: never a broken image', async () => {
    const { container } = render(<ServiceLogo name="澳门示例服务" url="https://tmp.example/expired.png" />);
    const image = container.querySelector('.service-logo--image');
    expect(image).not.toBeNull();
    await act(async () => {
      image?.dispatchEvent(new Event('error'));
    });
    expect(container.querySelector('.service-logo--image')).toBeNull();
    expect(container.querySelector('.service-logo--monogram')?.textContent).toBe('澳');
  });
});

describe('monogramOf', () => {
  it('takes a whole first character, even outside the basic plane', () => {
    expect(monogramOf('𠀋服务')).toBe('𠀋');
    expect(monogramOf('  ')).toBe('·');
  });
});
