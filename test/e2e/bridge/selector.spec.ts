import { toDomSelector, toMiniProgramTag } from '../../../bridge/selector';

describe('toDomSelector', () => {
  it.each([
    ['view', 'taro-view-core'],
    ['.card', '.card'],
    ['#main', '#main'],
    ['view.card > button.primary', 'taro-view-core.card > taro-button-core.primary'],
    ['scroll-view .item, input', 'taro-scroll-view-core .item, taro-input-core'],
    ['.view text', '.view taro-text-core'],
    ['[data-kind="view"] view:not(.x)', '[data-kind="view"] taro-view-core:not(.x)'],
    ['view:not(button)', 'taro-view-core:not(taro-button-core)'],
    ['.agreement__tab--active', '.agreement__tab--active'],
    ['div.raw', 'div.raw'],
  ])('%s → %s', (selector, css) => {
    expect(toDomSelector(selector)).toBe(css);
  });
});

describe('toMiniProgramTag', () => {
  it('names Taro elements by their component', () => {
    expect(toMiniProgramTag('taro-scroll-view-core')).toBe('scroll-view');
    expect(toMiniProgramTag('input')).toBe('input');
  });
});
