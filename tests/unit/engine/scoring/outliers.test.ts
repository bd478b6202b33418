import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine';
import { breaksOutlierRule, normaliseScheme, treatOutliers } from '../../../../src-shared/engine/scoring';
import { ind, matrix } from '../helpers';
import { column, expectClose } from './helpers';

// The JRC outlier rule (COINr's Treat(): winsorise while |skew| ≥ 2 and kurtosis ≥ 3.5, up to 5
// values, else log) on hand-made columns. The rule is checked here with a plain implementation
// of Excel's SKEW and KURT (the same G1 and G2 as COINr's skew() and kurt()), written in their
// standardised form, unlike the engine's moment form:
//   SKEW = n / ((n−1)(n−2)) Σ ((x − x̄)/s)³
//   KURT = n (n+1) / ((n−1)(n−2)(n−3)) Σ ((x − x̄)/s)⁴ − 3 (n−1)² / ((n−2)(n−3))
function plainSkewKurt(x: number[]): { skew: number; kurt: number } {
  const n = x.length;
  const m = x.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
  const z3 = x.reduce((a, b) => a + ((b - m) / s) ** 3, 0);
  const z4 = x.reduce((a, b) => a + ((b - m) / s) ** 4, 0);
  return {
    skew: (n / ((n - 1) * (n - 2))) * z3,
    kurt: ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * z4 - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3)),
  };
}
const breaks = (x: number[]): boolean => {
  const { skew, kurt } = plainSkewKurt(x);
  return Math.abs(skew) >= 2 && kurt >= 3.5;
};
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('treatOutliers', () => {
  it("winsorises COINr's own example, 1..10 with 30 and 100, at one point", () => {
    // COINr's treat.R example: x <- c(1:10, 30, 100). Skew 3.06, kurtosis 9.74: treat.
    const x = [...range(1, 10), 30, 100];
    expect(breaks(x)).toBe(true);
    // Step 1 (skew > 0, the top): 100 → 30, the next highest value. Then skew 1.71, kurt 1.82: done.
    const after = [...range(1, 10), 30, 30];
    expect(breaks(after)).toBe(false);
    const r = treatOutliers(x);
    expect(r.verdict).toEqual({ treatment: 'winsorised', points: 1 });
    expect(Array.from(r.values)).toEqual(after);
  });

  it('winsorises step by step, each winsorised value moving with the next', () => {
    // 1..30, 80, 90, 100: step 1 100 → 90; step 2 both 90s → 80; step 3 the three 80s → 30.
    const x = [...range(1, 30), 80, 90, 100];
    const step1 = [...range(1, 30), 80, 90, 90];
    const step2 = [...range(1, 30), 80, 80, 80];
    const step3 = [...range(1, 30), 30, 30, 30];
    expect([x, step1, step2, step3].map(breaks)).toEqual([true, true, true, false]);
    const r = treatOutliers(x);
    expect(r.verdict).toEqual({ treatment: 'winsorised', points: 3 });
    expect(Array.from(r.values)).toEqual(step3);
  });

  it('winsorises tied extremes together', () => {
    // 1..20, 100, 100: both 100s become 20 in one step → 2 points.
    const x = [...range(1, 20), 100, 100];
    expect(breaks(x)).toBe(true);
    expect(breaks([...range(1, 20), 20, 20])).toBe(false);
    expect(treatOutliers(x).verdict).toEqual({ treatment: 'winsorised', points: 2 });
  });

  it('winsorises the bottom when the skew is negative, and keeps missing values missing', () => {
    const x = [-100, NaN, -30, ...range(1, 10).map((v) => -v)];
    const r = treatOutliers(x);
    expect(r.verdict).toEqual({ treatment: 'winsorised', points: 1 });
    expect(Array.from(r.values)).toEqual([-30, NaN, -30, ...range(1, 10).map((v) => -v)]);
  });

  it('log-transforms the original values when 5 winsorised points are not enough', () => {
    // Fifty 0s and 10, 20, …, 70. After 5 steps (70, 60, 50, 40, 30 all down to 20) the
    // column is fifty 0s, 10 and six 20s: skew 2.49, kurtosis 4.49, still treated.
    const x = [...Array(50).fill(0), 10, 20, 30, 40, 50, 60, 70];
    expect(breaks(x)).toBe(true);
    expect(breaks([...Array(50).fill(0), 10, 20, 20, 20, 20, 20, 20])).toBe(true);
    // So COINr's log_CT on the original values: ln(x − min + 0.01 (max − min)) = ln(x + 0.7).
    const r = treatOutliers(x);
    expect(r.verdict).toEqual({ treatment: 'log', points: 0 });
    expectClose(Array.from(r.values), x.map((v) => Math.log(v + 0.7)));
  });

  it('leaves a column alone that passes, or has too few values to tell', () => {
    expect(treatOutliers(range(1, 10)).verdict).toEqual({ treatment: 'none', points: 0 });
    // 1..10, 100, 100: skew 2.03 but kurtosis 2.58 < 3.5 → passes.
    expect(breaks([...range(1, 10), 100, 100])).toBe(false);
    expect(treatOutliers([...range(1, 10), 100, 100]).verdict.treatment).toBe('none');
    expect(breaksOutlierRule([1, 1000, 1])).toBe(false);
    expect(treatOutliers([5, 5, 5, 5, 5]).verdict.treatment).toBe('none');
  });

  it('never winsorises a column into a constant one', () => {
    // Nineteen 0s and a 1: one step would make every value 0. The log keeps the two values apart.
    const r = treatOutliers([...Array(19).fill(0), 1]);
    expect(r.verdict.treatment).toBe('log');
    expect(new Set(r.values).size).toBe(2);
  });
});

describe('outliers: auto in a scheme', () => {
  const tree = buildTree([
    ind('G', null),
    ind('M', 'G'),
    ind('T', 'G', 1, { scoring: 'target', target: 50 }),
    ind('R', 'G', 1, { scoring: 'rank' }),
  ]);
  const x = [...range(1, 10), 30, 100];
  const units = x.map((_, i) => `u${i}`);
  const m = matrix(units, ['M', 'T', 'R'], x.map((v) => [v, v, v]));

  it('treats the distance-based methods before scoring and reports the verdict per leaf', () => {
    const nm = normaliseScheme(tree, m, { outliers: 'auto' }, {});
    expect(nm.treatments).toEqual({ M: { treatment: 'winsorised', points: 1 } });
    // M after winsorising: 1..10, 30, 30 → (x − 1) / 29 × 100; the 100 scores as 30 does.
    expectClose(column(nm, 'M'), [...range(1, 10), 30, 30].map((v) => ((v - 1) / 29) * 100));
    // T (target 50) compares the raw value with the target: untouched. 100 → 100, 30 → 60.
    expect(column(nm, 'T').slice(10)).toEqual([60, 100]);
    expect(nm.warnings).toEqual([{ key: 'engine.scoring.winsorised', params: { indicator: 'M', points: 1 }, indicator: 'M' }]);
  });

  it('does nothing without outliers: auto', () => {
    const nm = normaliseScheme(tree, m, { outliers: 'none' }, {});
    expect(nm.treatments).toBeUndefined();
    expect(column(nm, 'M')[10]).toBeCloseTo((29 / 99) * 100, 12);
  });
});
