import { describe, expect, it } from 'vitest';
import { scoreScheme, stabilityIntervals, weightSweep } from '../../../../src-shared/engine';
import { kaopingError } from '../helpers';
import { county, threeUnits } from './fixture';

// threeUnits (fixture.ts): with A = a and B = 2 − a the totals are u1 = 50a, u2 = 100 − 50a,
// u3 = 20 + 20a, nominally a = 1.2.

describe('stabilityIntervals', () => {
  it('finds where u3 keeps rank 2 (hand-worked: a in [8/7, 2], so B in [0, 6/7])', () => {
    // u3 is 2nd while u1 is above it (a > 2/3) and u2 is not (100 − 50a <= 20 + 20a: a >= 8/7).
    const [a, b] = stabilityIntervals(threeUnits(), { unit: 'u3' });
    expect(a).toMatchObject({ node: 'A', weight: 1.2, max: 2 });
    expect(a.low).toBeCloseTo(8 / 7, 9);
    expect(a.high).toBe(2);
    expect(b).toMatchObject({ node: 'B', weight: 0.8, max: 2, low: 0 });
    expect(b.high).toBeCloseTo(6 / 7, 9);
  });

  it('finds where the top-1 set stays {u1} (a > 1: at a = 1 u1 and u2 tie)', () => {
    const [a] = stabilityIntervals(threeUnits(), { topK: 1 });
    expect(a.low).toBeCloseTo(1, 9);
    expect(a.low).toBeGreaterThan(1);
    expect(a.high).toBe(2);
  });

  it('finds a rank change narrower than a grid step, exactly (two crossings 0.004 apart)', () => {
    // With A = a, B = 2 − a a unit's total is s_B + a (s_A − s_B) / 2 (fixture.ts). u3 = 20 + 20a;
    // j = 4.97 + 30a passes it at a = 1.503, k = 35.07 + 10a falls below it at a = 1.507: u3 is
    // 3rd at the nominal a = 1.2 (u1 and k above), 4th between the two crossings, 3rd again after.
    const base = threeUnits();
    const rows = [[100, 0], [0, 100], [60, 20], [64.97, 4.97], [55.07, 35.07]];
    const input = {
      ...base,
      matrix: {
        unitCodes: ['u1', 'u2', 'u3', 'j', 'k'],
        leafCodes: ['A', 'B'],
        values: Float64Array.from([0, 1].flatMap((c) => rows.map((r) => r[c]))),
      },
    };
    const [a] = stabilityIntervals(input, { unit: 'u3' });
    expect(a.exact).toBe(true);
    expect(a.high).toBeCloseTo(1.503, 9);
    expect(a.low).toBeCloseTo(8 / 7, 9); // u2 = 100 − 50a ties u3 there (a tie keeps rank 3)
    // the engine agrees: 4th inside the window, 3rd on both sides of it
    const rankAt = (w: number) => scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: { A: w, B: 2 - w } }).rank[2];
    expect([rankAt(1.502), rankAt(1.505), rankAt(1.51)]).toEqual([3, 4, 3]);
  });

  it('falls back to the search where the totals are not lines (geometric mean), and says so', () => {
    const input = threeUnits({ aggregate: 'geometric', range: [10, 100] }); // no zero score
    const [a] = stabilityIntervals(input, { unit: 'u3' });
    expect(a.exact).toBe(false);
    const rankAt = (w: number) => scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: { A: w, B: 2 - w } }).rank[2];
    const nominal = rankAt(1.2);
    expect(rankAt(a.low)).toBe(nominal);
    if (a.low > 0) expect(rankAt(a.low - 1e-6)).not.toBe(nominal);
    expect(rankAt(a.high)).toBe(nominal);
    if (a.high < 2) expect(rankAt(a.high + 1e-6)).not.toBe(nominal);
  });

  it('gives a dominating unit the whole range of every weight', () => {
    const input = county();
    const intervals = stabilityIntervals(input, { unit: 'top' });
    expect(intervals.map((i) => i.node)).toEqual(['D1', 'D2', 'A1', 'A2', 'B1', 'B2', 'B3']);
    for (const i of intervals) expect([i.low, i.high]).toEqual([0, i.max]);
  });

  it('refuses an unknown unit and a bad k', () => {
    expect(kaopingError(() => stabilityIntervals(threeUnits(), { unit: 'nope' })).key).toBe('scenarios.unknownUnit');
    expect(kaopingError(() => stabilityIntervals(threeUnits(), { topK: 0 })).key).toBe('scenarios.badTopK');
  });
});

describe('weightSweep', () => {
  it('gives u3’s total and rank as A goes from 0 to 2 (hand-worked)', () => {
    const points = weightSweep(threeUnits(), 'u3', 'A', 4);
    expect(points.map((p) => p.weight)).toEqual([0, 0.5, 1, 1.5, 2]);
    points.forEach((p) => expect(p.total).toBeCloseTo(20 + 20 * p.weight, 12));
    // a = 0: 0, 100, 20; 0.5: 25, 75, 30; 1: 50, 50, 40; 1.5: 75, 25, 50; 2: 100, 0, 60.
    expect(points.map((p) => p.rank)).toEqual([2, 2, 3, 2, 2]);
  });

  it('agrees with full scoring at each point', () => {
    const input = county();
    const points = weightSweep(input, 'v03', 'B3', 5);
    for (const p of points) {
      // B1, B2, B3 weigh 1, 1, 2 (sum 4): B1 and B2 share 4 − w in proportion, (4 − w) / 2 each.
      const scale = (4 - p.weight) / 2;
      const full = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: { B1: scale, B2: scale, B3: p.weight } });
      const i = input.matrix.unitCodes.indexOf('v03');
      expect(p.total).toBeCloseTo(full.total[i], 10);
      expect(p.rank).toBe(full.rank[i]);
    }
  });

  it('refuses an unknown node and bad steps', () => {
    expect(kaopingError(() => weightSweep(threeUnits(), 'u3', 'Z')).key).toBe('scenarios.unknownNode');
    expect(kaopingError(() => weightSweep(threeUnits(), 'u3', 'A', 0)).key).toBe('scenarios.badSteps');
  });
});
