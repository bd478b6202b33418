import { describe, expect, it } from 'vitest';
import { buildTree, mulberry32, scoreScheme, stabilityIntervals, weightSweep, type SensitivityInput } from '../../../../src-shared/engine';
import { gridEdge } from '../../../../src-shared/engine/sensitivity/stability';
import { quadraticRoots } from '../../../../src-shared/engine/sensitivity/stability-fit';
import { ind, kaopingError, matrix } from '../helpers';
import { county, threeUnits } from './fixture';
import { oneMissing } from './stability-fixture';

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

  it('is exact where a unit with a missing value has a rational total (hand-worked crossings)', () => {
    // oneMissing (fixture.ts): A = a, B = (4 − a)/3, C = 2(4 − a)/3. x misses C, so its mean is
    // over A and B only: x = 100a / (a + (4 − a)/3) = 300a / (2a + 4) = 150a / (a + 2), 50 at the
    // nominal a = 1, where z = 75, y = 60, x = 50, w = 17.5: x is 3rd.
    // - x passes y (60) where 150a = 60(a + 2): a = 4/3. At the tie x is 2nd, so the edge is
    //   just below 4/3.
    // - x meets w = 50/3 + 5a/6 where 900a = (100 + 5a)(a + 2), i.e. a² − 158a + 40 = 0:
    //   a = 79 − √6201 ≈ 0.2535. Below it x is 4th; at the tie x and w share 3rd, so the edge
    //   is the crossing itself.
    // - x meets z = 100 − 25a at a² + 4a − 8 = 0, a = 2√3 − 2 ≈ 1.46, beyond 4/3: no matter.
    const input = oneMissing();
    const [a] = stabilityIntervals(input, { unit: 'x' });
    expect(a).toMatchObject({ node: 'A', weight: 1, max: 4, exact: true });
    expect(a.low).toBeCloseTo(79 - Math.sqrt(6201), 9);
    expect(a.high).toBeCloseTo(4 / 3, 9);
    const rankAt = (v: number) => rankWith(input, { A: v, B: (4 - v) / 3, C: (2 * (4 - v)) / 3 }, 'x');
    expect([rankAt(a.low), rankAt(a.high)]).toEqual([3, 3]);
    expect([rankAt(a.low - 1e-6), rankAt(a.high + 1e-6)]).toEqual([4, 2]);
  });

  it('rescores the ends where a weight of 0 drops a unit’s group (exact, edges a hair inside)', () => {
    // Node C = c, A = B = (4 − c)/2: x (no C) stays 50 inside (0, 4) and has no total at c = 4,
    // where A and B weigh 0; z = 50 + 12.5c ties x at c = 0 (x is then 2nd). So x is 3rd on
    // the open range (0, 4) only.
    const input = oneMissing();
    const c = stabilityIntervals(input, { unit: 'x' })[2];
    expect(c).toMatchObject({ node: 'C', weight: 2, max: 4, exact: true });
    expect(c.low).toBeGreaterThan(0);
    expect(c.low).toBeLessThan(1e-9);
    expect(c.high).toBeLessThan(4);
    expect(c.high).toBeGreaterThan(4 - 1e-9);
    const rankAt = (v: number) => rankWith(input, { A: (4 - v) / 2, B: (4 - v) / 2, C: v }, 'x');
    expect([rankAt(0), rankAt(c.low), rankAt(c.high), rankAt(4)]).toEqual([2, 3, 3, null]);
  });

  it('finds a window between two grid points that the search alone misses (a rational total crossed twice)', () => {
    // x = 75a / (a + 2) (A 50, B 0, C missing) is concave in a; the full-data unit y is the chord
    // through x at a1 = 2.005 and a2 = 2.035, y = α + βa, so x is above y only on (a1, a2). With
    // y's values (p, q, 0) its total is q/3 + a(p − q/3)/4: q = 3α, p = 4β + α. At a = 1, z
    // (all 100) > y > x > o (all 0): x is 3rd, 2nd inside the window. The grid (steps of 4/100
    // from a = 1: … 2.00, 2.04 …) steps over the window.
    const x = (a: number) => (75 * a) / (a + 2);
    const [a1, a2] = [2.005, 2.035];
    const beta = (x(a2) - x(a1)) / (a2 - a1);
    const alpha = x(a1) - beta * a1;
    const input = oneMissing({ x: [50, 0, NaN], y: [4 * beta + alpha, 3 * alpha, 0], z: [100, 100, 100], o: [0, 0, 0] });
    const [a] = stabilityIntervals(input, { unit: 'x' });
    expect(a.exact).toBe(true);
    expect(a.high).toBeCloseTo(a1, 9);
    const rankAt = (v: number) => rankWith(input, { A: v, B: (4 - v) / 3, C: (2 * (4 - v)) / 3 }, 'x');
    expect([rankAt(2), rankAt(2.02), rankAt(2.04)]).toEqual([3, 2, 3]);
    const ok = (v: number) => rankAt(v) === 3;
    expect(gridEdge(1, 4, 1, ok)).toBe(4);
  });

  it('is exact on random counties with missing values, and each edge is where the rank changes', () => {
    // Two dimensions over five leaves, 12 units, about one value in five missing, from a fixed
    // seed. Every interval must be exact; the target must hold at both edges and (densely) in
    // between, and fail just outside an edge that is not an end of the range.
    const random = mulberry32(99);
    let checked = 0;
    for (let c = 0; c < 12; c++) {
      const tree = buildTree([
        ind('D1', null, 1 + Math.floor(random() * 4)),
        ind('L1', 'D1', 1 + Math.floor(random() * 3)),
        ind('L2', 'D1', 1 + Math.floor(random() * 3)),
        ind('D2', null, 1 + Math.floor(random() * 4)),
        ind('L3', 'D2', 1 + Math.floor(random() * 3)),
        ind('L4', 'D2', 1 + Math.floor(random() * 3)),
        ind('L5', 'D2', 1 + Math.floor(random() * 3)),
      ]);
      const units = Array.from({ length: 12 }, (_, i) => `u${i}`);
      const rows = units.map(() => Array.from({ length: 5 }, () => (random() < 0.2 ? NaN : Math.round(random() * 1000) / 10)));
      const input: SensitivityInput = { tree, matrix: matrix(units, ['L1', 'L2', 'L3', 'L4', 'L5'], rows), scheme: {}, context: {} };
      const target = units[Math.floor(random() * units.length)];
      const nominal = scoreScheme(tree, input.matrix, {});
      const i = units.indexOf(target);
      for (const iv of stabilityIntervals(input, { unit: target })) {
        expect(iv.exact, `county ${c}, ${iv.node}`).toBe(true);
        const siblings = (tree.byCode.get(iv.node)!.parent === null ? tree.topLevel : tree.children.get(tree.byCode.get(iv.node)!.parent!)!).filter((s) => s !== iv.node);
        const rest = siblings.reduce((sum, s) => sum + tree.byCode.get(s)!.weight, 0);
        const rankAt = (v: number) => {
          const weights: Record<string, number> = { [iv.node]: v };
          for (const s of siblings) weights[s] = (tree.byCode.get(s)!.weight * (iv.max - v)) / rest;
          return scoreScheme(tree, input.matrix, { weights }).rank[i];
        };
        const keeps = (v: number) => rankAt(v) === nominal.rank[i];
        expect(keeps(iv.low) && keeps(iv.high), `county ${c}, ${iv.node}: edges`).toBe(true);
        for (let k = 1; k < 50; k++) expect(keeps(iv.low + ((iv.high - iv.low) * k) / 50), `county ${c}, ${iv.node}: inside`).toBe(true);
        const eps = 1e-7 * iv.max;
        if (iv.low > eps) expect(keeps(iv.low - eps), `county ${c}, ${iv.node}: below`).toBe(false);
        if (iv.high < iv.max - eps) expect(keeps(iv.high + eps), `county ${c}, ${iv.node}: above`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBe(12 * 7);
  });

  it('searches instead where a floor flattens a total or a group can drop out inside the range', () => {
    // floor 55: x (50 at a = 1) sits on the floor, flat there and rising off it at
    // 150a/(a + 2) = 55, a = 22/19: not one ratio of lines over the range.
    const floored = oneMissing();
    floored.scheme = { ...floored.scheme, floor: 55 };
    expect(stabilityIntervals(floored, { unit: 'x' }).map((i) => i.exact)).toEqual([false, false, false]);
    // minDataShare 0.5: x (no C) drops out once C weighs more than half of the group
    const share = oneMissing();
    share.scheme = { ...share.scheme, minDataShare: 0.5 };
    expect(stabilityIntervals(share, { unit: 'x' }).map((i) => i.exact)).toEqual([false, false, false]);
  });

  it('solves the crossings’ quadratics without losing a root (degenerate cases)', () => {
    expect(quadraticRoots(0, 2, -3)).toEqual([1.5]); // a line
    expect(quadraticRoots(0, 0, 1)).toEqual([]); // no solution
    expect(quadraticRoots(0, 0, 0)).toEqual([]); // identical totals: no crossing
    expect(quadraticRoots(1, 0, 1)).toEqual([]); // no real root
    expect(quadraticRoots(1, 0, 0)).toEqual([0]); // double root at 0
    expect(quadraticRoots(1, -3, 2).sort()).toEqual([1, 2]);
    // a tiny A: 1e-12·x² + x − 1 = 0 has a root at 1 − 1e-12 + 2e-24; the naive
    // (−B + √disc) / 2A cancels down to about 1 ± 1e-4, the stable form keeps it
    const [far, near] = quadraticRoots(1e-12, 1, -1);
    expect(Math.abs(near - (1 - 1e-12))).toBeLessThan(1e-15);
    expect(Math.abs(far)).toBeGreaterThan(1e11);
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

function rankWith(input: SensitivityInput, weights: Record<string, number>, unit: string): number | null {
  const res = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights });
  const rank = res.rank[res.unitCodes.indexOf(unit)];
  return rank > 0 ? rank : null;
}

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
