import { describe, expect, it } from 'vitest';
import { median, percentileAmong, quantileSorted } from '../../../../src-shared/engine/peers';

describe('median and quantiles', () => {
  it('takes the middle value, the mean of the two middle ones, and leaves missing values out', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, NaN, 1, 3, 2])).toBe(2.5);
    expect(median([NaN])).toBeNaN();
  });

  it('interpolates quartiles linearly between order statistics (type 7)', () => {
    // 1 2 3 4 5 6 7 8: h = 7 × 0.25 = 1.75 -> 2 + 0.75 × 1 = 2.75; h = 5.25 -> 6.25
    const xs = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(quantileSorted(xs, 0.25)).toBeCloseTo(2.75, 12);
    expect(quantileSorted(xs, 0.75)).toBeCloseTo(6.25, 12);
    expect(quantileSorted(xs, 0)).toBe(1);
    expect(quantileSorted(xs, 1)).toBe(8);
  });
});

describe('percentileAmong', () => {
  it('counts the peers done strictly better than plus half the ties', () => {
    // peers 1 2 3 3 9 (NaN ignored): 5 beats 1 2 3 3 -> 4/5 = 80
    expect(percentileAmong(5, [1, 2, 3, 3, 9, NaN], 1)).toBe(80);
    // 3 beats 1 2, ties 3 3 -> (2 + 1) / 5 = 60
    expect(percentileAmong(3, [1, 2, 3, 3, 9], 1)).toBe(60);
  });

  it('reads lower as better for direction −1', () => {
    // lower is better: 3 beats 9, ties 3 3 -> (1 + 1) / 5 = 40
    expect(percentileAmong(3, [1, 2, 3, 3, 9], -1)).toBe(40);
    expect(percentileAmong(0, [1, 2], -1)).toBe(100);
  });

  it('is missing when the unit or every peer lacks a value', () => {
    expect(percentileAmong(NaN, [1, 2], 1)).toBeNaN();
    expect(percentileAmong(1, [NaN], 1)).toBeNaN();
  });
});
