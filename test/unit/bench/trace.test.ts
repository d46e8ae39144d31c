import { median, quartiles } from '../../bench/trace';

describe('the bench figures of a run', () => {
  it('takes the middle launch as the median, the upper middle of an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('bounds the middle half of the launches with the quartiles', () => {
    // 1…8: a quarter of the figures lie below 3, a quarter at 7 and above.
    expect(quartiles([8, 1, 7, 2, 6, 3, 5, 4])).toEqual([3, 7]);
    expect(quartiles([1.2])).toEqual([1.2, 1.2]);
    const [low, high] = quartiles([]);
    expect(low).toBeNaN();
    expect(high).toBeNaN();
  });
});
