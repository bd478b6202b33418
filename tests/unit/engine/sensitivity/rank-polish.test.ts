import { beforeAll, describe, expect, it } from 'vitest';
import { loadMilpSolver } from '../../../../src-main/service/milpSolver';
import { polishReach, type MilpSolver, type PolishOptions } from '../../../../src-shared/engine';

// Polishing a relaxed optimum on the exact totals (rank-polish.ts). A hand-made county of two
// indicators and two weights a, b in [0.9, 1.1]: every total is the mean (a·x1 + b·x2)/(a + b),
// so unit j lies below the chosen unit exactly where a·d1 + b·d2 < 0, d = x_j − x_i. The
// regions below are worked out by hand from that.

let solver: MilpSolver;
beforeAll(async () => {
  solver = await loadMilpSolver();
});

// Unit 0 is the chosen one. Unit 1 (d = (1, −1.3)) is below it where a < 1.3·b; unit 2
// (d = (−1, 1.2)) where a > 1.2·b; unit 3 (d = (−1, 1)) where a > b; unit 4 (d = (1, −1))
// where a < b.
const values: [number, number][] = [
  [50, 50],
  [51, 48.7],
  [49, 51.2],
  [49, 51],
  [51, 49],
];
const totals = (w: Float64Array) => Float64Array.from(values, ([x1, x2]) => (w[0] * x1 + w[1] * x2) / (w[0] + w[1]));
const below = (w: Float64Array, j: number) => totals(w)[j] < totals(w)[0];

function options(kept: number[], sign: 1 | -1 = 1, lo = [0.9, 0.9], hi = [1.1, 1.1]): PolishOptions {
  return {
    unit: 0,
    sign,
    kept,
    lo: Float64Array.from(lo),
    hi: Float64Array.from(hi),
    width: Float64Array.from([0.2, 0.2]),
    free: [0, 1],
    totals,
    solver,
    margin: 1e-6,
  };
}

/** polishReach, which must have moved the start. */
function polished(start: Float64Array, o: PolishOptions): Float64Array {
  const w = polishReach(start, o);
  expect(w).not.toBeNull();
  return w!;
}

describe('polishing a relaxed optimum', () => {
  it('finds the narrow wedge 1.2·b < a < 1.3·b where units 1 and 2 are both below, from the nominal weights', () => {
    const start = Float64Array.from([1, 1]);
    expect(below(start, 2)).toBe(false);
    const w = polished(start, options([1, 2]));
    expect(w[0]).toBeGreaterThan(1.2 * w[1]);
    expect(w[0]).toBeLessThan(1.3 * w[1]);
    expect(below(w, 1) && below(w, 2)).toBe(true);
    for (const v of w) expect(v >= 0.9 && v <= 1.1).toBe(true);
  });

  it('for the worst end puts the kept units above: unit 3, above where a < b, from a > b', () => {
    const w = polished(Float64Array.from([1.05, 1]), options([3], -1));
    expect(totals(w)[3]).toBeGreaterThan(totals(w)[0]);
    expect(w[0]).toBeLessThan(w[1]);
  });

  it('stays within the piece it is given, and there cannot reach what lies outside it', () => {
    // The wedge needs a > 1.2·b; in the piece a ≤ 1.0, b ≥ 0.95 it is out of reach (1.0 < 1.14).
    const w = polished(Float64Array.from([0.95, 1]), options([1, 2], 1, [0.9, 0.95], [1.0, 1.1]));
    expect(w[0] >= 0.9 && w[0] <= 1.0 && w[1] >= 0.95 && w[1] <= 1.1).toBe(true);
    expect(below(w, 2)).toBe(false);
    // The best it can do there is the corner a = 1.0, b = 0.95, where unit 2 is closest.
    expect(w[0]).toBeCloseTo(1.0, 6);
    expect(w[1]).toBeCloseTo(0.95, 6);
  });

  it('for an impossible set ends where the worse of the two is least wrong: a = b, both level', () => {
    // Unit 3 below needs a > b, unit 4 below needs a < b.
    const start = Float64Array.from([1.1, 0.9]);
    const w = polished(start, options([3, 4]));
    const t = totals(w);
    // The two differences are opposite (d3 = −d4), so the worse is |D_3|: 0 only at a = b.
    expect(Math.max(t[3] - t[0], t[4] - t[0])).toBeLessThan(1e-6);
    expect(w[0]).toBeCloseTo(w[1], 6);
  });

  it('says it did not move with nothing to keep, nothing free, or every kept unit already clear', () => {
    const start = Float64Array.from([1, 1]);
    expect(polishReach(start, options([]))).toBeNull();
    expect(polishReach(start, { ...options([1, 2]), free: [] })).toBeNull();
    // a = 1.1, b = 0.9 lies in the wedge (1.1 / 0.9 ≈ 1.222): unit 1 below by 0.035, unit 2 by 0.01.
    const inside = Float64Array.from([1.1, 0.9]);
    expect(below(inside, 1) && below(inside, 2)).toBe(true);
    expect(polishReach(inside, options([1, 2]))).toBeNull();
  });
});
