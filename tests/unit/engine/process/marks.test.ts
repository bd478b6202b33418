import { describe, expect, it } from 'vitest';
import { KaopingError } from '../../../../src-shared/api/errors';
import { aggregateMarks, type MarkSummary } from '../../../../src-shared/engine/process';
import type { Mark } from '../../../../src-shared/model';

const mark = (unit: string, indicator: string, expert: string, value: number, period = '2025'): Mark => ({
  unit, period, indicator, expert, value, note: null,
});

/** Five experts mark U1 on Q: 7, 9, 6, 10, 8 (sorted: 6 7 8 9 10). */
const FIVE = [mark('U1', 'Q', 'A', 7), mark('U1', 'Q', 'B', 9), mark('U1', 'Q', 'C', 6), mark('U1', 'Q', 'D', 10), mark('U1', 'Q', 'E', 8)];

function only(list: MarkSummary[]): MarkSummary {
  expect(list).toHaveLength(1);
  return list[0];
}

function thrown(fn: () => unknown): KaopingError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KaopingError);
    return e as KaopingError;
  }
  throw new Error('expected a KaopingError');
}

describe('aggregateMarks', () => {
  it('mean: (7 + 9 + 6 + 10 + 8) / 5 = 8', () => {
    const s = only(aggregateMarks(FIVE, 'mean'));
    expect(s).toMatchObject({ period: '2025', unit: 'U1', indicator: 'Q', value: 8, method: 'mean', requested: 'mean', fellBack: false, n: 5, dropped: [] });
  });

  it('median: the middle of 6 7 8 9 10 is 8; of 6 7 9 10 it is (7 + 9) / 2 = 8', () => {
    expect(only(aggregateMarks(FIVE, 'median')).value).toBe(8);
    const four = FIVE.filter((m) => m.expert !== 'E');
    expect(only(aggregateMarks(four, 'median')).value).toBe(8);
    // An uneven set, so median and mean differ: 1 2 3 50 -> median (2 + 3) / 2 = 2.5, mean 14.
    const skewed = [1, 2, 3, 50].map((v, k) => mark('U1', 'Q', `X${k}`, v));
    expect(only(aggregateMarks(skewed, 'median')).value).toBe(2.5);
    expect(only(aggregateMarks(skewed, 'mean')).value).toBe(14);
  });

  it('trimmed: drops the highest (10, D) and the lowest (6, C), (7 + 9 + 8) / 3 = 8', () => {
    const s = only(aggregateMarks(FIVE, 'trimmed'));
    expect(s.value).toBe(8);
    expect(s.dropped).toEqual(['C', 'D']);
    // One outlying expert moves the mean but not the trimmed mean: 7 9 6 100 8.
    const outlier = FIVE.map((m) => (m.expert === 'D' ? { ...m, value: 100 } : m));
    expect(only(aggregateMarks(outlier, 'mean')).value).toBe((7 + 9 + 6 + 100 + 8) / 5);
    expect(only(aggregateMarks(outlier, 'trimmed')).value).toBe((7 + 9 + 8) / 3);
  });

  it('trimmed drops exactly one of several equal extreme marks', () => {
    // 5 5 5 9: drop one 5 and the 9, average the two remaining 5s.
    const marks = [mark('U1', 'Q', 'B', 5), mark('U1', 'Q', 'A', 5), mark('U1', 'Q', 'C', 5), mark('U1', 'Q', 'D', 9)];
    const s = only(aggregateMarks(marks, 'trimmed'));
    expect(s.value).toBe(5);
    // Among equal marks, the first expert by name is the one dropped as the lowest.
    expect(s.dropped).toEqual(['A', 'D']);
    // 3 3 3: all equal, one dropped each side, 3 remains.
    expect(only(aggregateMarks([mark('U', 'Q', 'a', 3), mark('U', 'Q', 'b', 3), mark('U', 'Q', 'c', 3)], 'trimmed')).value).toBe(3);
  });

  it('trimmed with fewer than 3 marks falls back to the mean and says so', () => {
    const s = only(aggregateMarks([mark('U1', 'Q', 'A', 6), mark('U1', 'Q', 'B', 9)], 'trimmed'));
    expect(s).toMatchObject({ value: 7.5, requested: 'trimmed', method: 'mean', fellBack: true, n: 2, dropped: [] });
    const one = only(aggregateMarks([mark('U1', 'Q', 'A', 6)], 'trimmed'));
    expect(one).toMatchObject({ value: 6, method: 'mean', fellBack: true, n: 1 });
    // With three it does not fall back: 6 9 7 -> 7.
    const three = only(aggregateMarks([mark('U1', 'Q', 'A', 6), mark('U1', 'Q', 'B', 9), mark('U1', 'Q', 'C', 7)], 'trimmed'));
    expect(three).toMatchObject({ value: 7, method: 'trimmed', fellBack: false });
  });

  it('trimmed is the default method', () => {
    expect(only(aggregateMarks(FIVE)).method).toBe('trimmed');
  });

  it('reports the dispersion of all the marks: sample sd and range', () => {
    const s = only(aggregateMarks(FIVE, 'trimmed'));
    // Deviations from 8: -1 1 -2 2 0; squares sum to 10; sample variance 10 / 4 = 2.5.
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(s).toMatchObject({ mean: 8, min: 6, max: 10, range: 4 });
    // A single mark has no sample sd and no range.
    const one = only(aggregateMarks([mark('U1', 'Q', 'A', 6)], 'mean'));
    expect(one.sd).toBeNaN();
    expect(one.range).toBe(0);
    // 2 and 4: mean 3, squares 1 + 1 = 2, variance 2 / 1 -> sd √2; range 2.
    const two = only(aggregateMarks([mark('U1', 'Q', 'A', 2), mark('U1', 'Q', 'B', 4)], 'median'));
    expect(two.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(two.range).toBe(2);
    expect(two.value).toBe(3);
  });

  it('groups by period, unit and indicator, in the order first seen, whatever the order of marks', () => {
    const marks = [
      mark('U2', 'Q', 'A', 4),
      mark('U1', 'Q', 'A', 6),
      mark('U2', 'Q', 'B', 8),
      mark('U1', 'R', 'A', 1),
      mark('U1', 'Q', 'B', 8),
      mark('U1', 'Q', 'A', 2, '2024'),
    ];
    const out = aggregateMarks(marks, 'mean');
    expect(out.map((s) => [s.period, s.unit, s.indicator, s.value, s.n])).toEqual([
      ['2025', 'U2', 'Q', 6, 2],
      ['2025', 'U1', 'Q', 7, 2],
      ['2025', 'U1', 'R', 1, 1],
      ['2024', 'U1', 'Q', 2, 1],
    ]);
    const reversed = aggregateMarks([...FIVE].reverse(), 'trimmed');
    expect(reversed).toEqual(aggregateMarks(FIVE, 'trimmed'));
  });

  it('refuses a duplicate expert, a non-finite mark and an unknown method', () => {
    expect(thrown(() => aggregateMarks([mark('U1', 'Q', 'A', 6), mark('U1', 'Q', 'A', 7)])).key).toBe('engine.process.duplicateMark');
    // The same expert in two periods is fine.
    expect(aggregateMarks([mark('U1', 'Q', 'A', 6), mark('U1', 'Q', 'A', 7, '2024')])).toHaveLength(2);
    expect(thrown(() => aggregateMarks([mark('U1', 'Q', 'A', NaN)])).key).toBe('engine.process.markNotFinite');
    expect(thrown(() => aggregateMarks([mark('U1', 'Q', 'A', Infinity)])).key).toBe('engine.process.markNotFinite');
    expect(thrown(() => aggregateMarks(FIVE, 'mode' as never)).key).toBe('engine.process.badMarkMethod');
  });

  it('gives nothing for no marks', () => {
    expect(aggregateMarks([], 'trimmed')).toEqual([]);
  });
});
