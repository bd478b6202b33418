import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine';
import { normaliseScheme } from '../../../../src-shared/engine/scoring';
import { ind, kaopingError, matrix } from '../helpers';
import { column, expectClose, keys, scoreOne } from './helpers';

// Every scoring method on a small example worked out by hand (the arithmetic is in the
// comments and in the expectations).

describe('minmax', () => {
  it('maps the peers onto [0, 100], missing stays missing', () => {
    // min 10, max 30: (x − 10) / 20 × 100.
    expectClose(scoreOne([10, 15, 30, NaN], { scoring: 'minmax' }).scores, [0, 25, 100, NaN]);
  });

  it('applies direction first and maps to any range', () => {
    // y = −x: −2, −4, −6; t = (y + 6) / 4 = 1, 0.5, 0; on [1, 100]: 1 + 99 t.
    expectClose(scoreOne([2, 4, 6], { direction: -1 }, { range: [1, 100] }).scores, [100, 50.5, 1]);
  });
});

describe('efficacy', () => {
  it('gives 60 to the worst and 100 to the best, linearly', () => {
    // t = (x − 10) / 40 = 0, 0.25, 0.5, 1 → 60 + 40 t = 60, 70, 80, 100.
    expectClose(scoreOne([10, 20, 30, 50], { scoring: 'efficacy' }).scores, [60, 70, 80, 100]);
  });

  it('maps 60–100% onto another range', () => {
    // [0, 10]: 0 + 10 × (0.6 + 0.4 t) = 6, 7, 8, 10.
    expectClose(scoreOne([10, 20, 30, 50], { scoring: 'efficacy' }, { range: [0, 10] }).scores, [6, 7, 8, 10]);
  });
});

describe('fixed', () => {
  const bounds = { scoring: 'fixed' as const, typicalMin: 0, typicalMax: 200 };

  it('scores against typical_min and typical_max, clamped', () => {
    // t = x / 200 clamped: −50 → 0, 50 → 0.25, 150 → 0.75, 300 → 1.
    expectClose(scoreOne([-50, 50, 150, 300], bounds).scores, [0, 25, 75, 100]);
  });

  it('reverses the bounds for direction −1', () => {
    // t = (200 − x) / 200: −50 → 1.25 → 1, 50 → 0.75, 150 → 0.25, 300 → −0.5 → 0.
    expectClose(scoreOne([-50, 50, 150, 300], { ...bounds, direction: -1 }).scores, [100, 75, 25, 0]);
  });

  it('does not depend on the other units', () => {
    // Same value, same score, whoever else is scored.
    expect(scoreOne([50, 51], bounds).scores[0]).toBe(scoreOne([50, 199], bounds).scores[0]);
  });

  it('falls back to min-max with a warning without both bounds', () => {
    const r = scoreOne([10, 20, 30], { scoring: 'fixed', typicalMin: 0 });
    expectClose(r.scores, [0, 50, 100]);
    expect(keys(r.nm)).toEqual(['engine.scoring.fixedNoBounds']);
    expect(keys(scoreOne([10, 20], { scoring: 'fixed', typicalMin: 5, typicalMax: 5 }).nm)).toEqual(['engine.scoring.fixedNoBounds']);
  });
});

describe('target', () => {
  it('is 100 × min(x / target, 1), and 0 at or below 0', () => {
    // target 80: −10 → 0, 0 → 0, 40 → 50, 80 → 100, 120 → 150 → 100.
    expectClose(scoreOne([-10, 0, 40, 80, 120], { scoring: 'target', target: 80 }).scores, [0, 0, 50, 100, 100]);
  });

  it('is 100 × min(target / x, 1) for direction −1, full marks at or below 0', () => {
    // target 2: 0 → 100, 1 → min(2, 1) = 1, 2 → 1, 4 → 0.5, 8 → 0.25.
    expectClose(scoreOne([0, 1, 2, 4, 8], { scoring: 'target', target: 2, direction: -1 }).scores, [100, 100, 100, 50, 25]);
  });

  it('maps the completion onto the range', () => {
    // [60, 100]: 60 + 40 × 0.5 = 80.
    expectClose(scoreOne([40, 80], { scoring: 'target', target: 80 }, { range: [60, 100] }).scores, [80, 100]);
  });

  it('falls back to min-max with a warning without a target above 0', () => {
    const r = scoreOne([1, 3], { scoring: 'target', target: null });
    expectClose(r.scores, [0, 100]);
    expect(keys(r.nm)).toEqual(['engine.scoring.noTarget']);
    expect(keys(scoreOne([1, 3], { scoring: 'target', target: 0 }).nm)).toEqual(['engine.scoring.noTarget']);
  });
});

describe('zscore', () => {
  it('maps the mean to the middle and ±3 sd to the ends', () => {
    // mean 5; deviations −3, −1, −1, −1, 0, 0, 2, 4; Σd² = 9 + 3 + 0 + 4 + 16 = 32;
    // sd = sqrt(32 / 7); score = (z + 3) / 6 × 100.
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    const sd = Math.sqrt(32 / 7);
    expectClose(scoreOne(x, { scoring: 'zscore' }).scores, x.map((v) => (((v - 5) / sd + 3) / 6) * 100));
  });

  it('clamps z beyond ±3', () => {
    // Fifteen 0s and one 16: mean 1, Σd² = 15 × 1 + 15² = 240, sd = sqrt(240 / 15) = 4.
    // z(16) = 15 / 4 = 3.75 → 3 → 100; z(0) = −0.25 → 2.75 / 6 × 100.
    const r = scoreOne([...Array(15).fill(0), 16], { scoring: 'zscore' }).scores;
    expect(r[15]).toBe(100);
    expect(r[0]).toBeCloseTo((2.75 / 6) * 100, 12);
  });

  it('applies direction first', () => {
    // y = −1, −2, −3: mean −2, sd 1, z = 1, 0, −1 → 4/6, 3/6, 2/6 of 100.
    expectClose(scoreOne([1, 2, 3], { scoring: 'zscore', direction: -1 }).scores, [400 / 6, 50, 200 / 6]);
  });

  it('calls a column of equal values constant: missing with the warning', () => {
    const r = scoreOne([0.1, 0.1, 0.1], { scoring: 'zscore' });
    expectClose(r.scores, [NaN, NaN, NaN]);
    expect(keys(r.nm)).toEqual(['engine.constantIndicator']);
  });
});

describe('rank (percentile)', () => {
  it('is (rank − 1) / (n − 1) with ties sharing their average rank', () => {
    // 10, 20, 20, 30: ranks 1, 2.5, 2.5, 4 of n = 4 → 0, 1.5/3, 1.5/3, 1.
    expectClose(scoreOne([10, 20, 20, 30, NaN], { scoring: 'rank' }).scores, [0, 50, 50, 100, NaN]);
  });

  it('applies direction first', () => {
    // y = −3, −1, −2: ranks 1, 3, 2 → 0, 1, 0.5.
    expectClose(scoreOne([3, 1, 2], { scoring: 'rank', direction: -1 }).scores, [0, 100, 50]);
  });

  it('ignores the distances: an outlier does not squeeze the others', () => {
    expectClose(scoreOne([1, 2, 3, 1000], { scoring: 'rank' }).scores, [0, 100 / 3, 200 / 3, 100]);
  });
});

describe('points', () => {
  it('is the share of the full points (the weight), clamped to [0, weight]', () => {
    // weight 20: −2 → 0, 0 → 0, 5 → 5/20, 20 → 1, 25 → 20 → 1.
    expectClose(scoreOne([-2, 0, 5, 20, 25], { scoring: 'points', weight: 20 }).scores, [0, 0, 25, 100, 100]);
  });

  it('reads the value as points lost for direction −1', () => {
    // weight 10: 1 − x / 10 → 0 → 1, 2.5 → 0.75, 10 → 0.
    expectClose(scoreOne([0, 2.5, 10], { scoring: 'points', weight: 10, direction: -1 }).scores, [100, 75, 0]);
  });

  it('keeps the tree weight as full points when a scheme changes weights', () => {
    const r = scoreOne([5], { scoring: 'points', weight: 20 }, { weights: { L: 40 } });
    expectClose(r.scores, [25]);
  });

  it('falls back to min-max with a warning when the weight is 0', () => {
    const r = scoreOne([1, 2, 3], { scoring: 'points', weight: 0 });
    expectClose(r.scores, [0, 50, 100]);
    expect(keys(r.nm)).toEqual(['engine.scoring.noFullPoints']);
  });
});

describe('choosing the method', () => {
  const tree = buildTree([
    ind('G', null),
    ind('A', 'G', 1, { scoring: 'target', target: 40 }),
    ind('B', 'G', 1, { scoring: 'rank' }),
    ind('C', 'G'),
  ]);
  const m = matrix(['u1', 'u2', 'u3'], ['A', 'B', 'C'], [
    [10, 10, 10],
    [20, 20, 20],
    [40, 40, 40],
  ]);

  it("uses each leaf's own method without a scheme", () => {
    const nm = normaliseScheme(tree, m, {}, {});
    // A target 40: 25, 50, 100. B rank: 0, 50, 100. C minmax: (x − 10) / 30.
    expectClose(column(nm, 'A'), [25, 50, 100]);
    expectClose(column(nm, 'B'), [0, 50, 100]);
    expectClose(column(nm, 'C'), [0, 100 / 3, 100]);
    expect(nm.treatments).toBeUndefined();
  });

  it('lets scheme.scoring override every leaf and scoringByIndicator override that', () => {
    const nm = normaliseScheme(tree, m, { scoring: 'efficacy', scoringByIndicator: { B: 'minmax' } }, {});
    // efficacy: 60 + 40 × (x − 10) / 30 → 60, 60 + 40/3, 100.
    expectClose(column(nm, 'A'), [60, 60 + 40 / 3, 100]);
    expectClose(column(nm, 'C'), [60, 60 + 40 / 3, 100]);
    expectClose(column(nm, 'B'), [0, 100 / 3, 100]);
  });

  it('refuses a per-leaf method for an unknown code or a node that is not a scored leaf', () => {
    expect(kaopingError(() => normaliseScheme(tree, m, { scoringByIndicator: { Z: 'rank' } }, {})).key).toBe('engine.unknownIndicator');
    expect(kaopingError(() => normaliseScheme(tree, m, { scoringByIndicator: { G: 'rank' } }, {})).key).toBe('engine.scoring.notLeaf');
  });

  it('checks the range and reports a leaf without a column as empty', () => {
    expect(kaopingError(() => normaliseScheme(tree, m, { range: [5, 5] }, {})).key).toBe('engine.invalidRange');
    const partial = matrix(['u1', 'u2'], ['A', 'B'], [
      [1, 1],
      [2, 2],
    ]);
    const nm = normaliseScheme(tree, partial, {}, {});
    expect(nm.leafCodes).toEqual(['A', 'B', 'C']);
    expectClose(column(nm, 'C'), [NaN, NaN]);
    expect(nm.warnings).toEqual([{ key: 'engine.emptyIndicator', params: { indicator: 'C' }, indicator: 'C' }]);
  });
});
