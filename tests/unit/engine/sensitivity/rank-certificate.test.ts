import { describe, expect, it } from 'vitest';
import {
  buildTree,
  maxWeightedMean,
  minWeightedMean,
  Presence,
  rankBounds,
  scoreScheme,
  type SensitivityInput,
} from '../../../../src-shared/engine';
import { ind, matrix } from '../helpers';
import { county, countyWithAdjustments, countyWithGaps, threeUnits } from './fixture';
import { boxPoints, certificateOf, expectReached, expectSound } from './rank-check';

describe('the weighted-mean program over a box', () => {
  it('solves a hand-worked case (values 10, 4, 0; every weight in [1, 3])', () => {
    // Max: candidates "first k at 3, the rest at 1", by value: k=0 14/3, k=1 (30+4+0)/5 = 6.8,
    // k=2 (30+12)/7 = 6, k=3 14/3. Optimum 6.8 with only the 10 raised (10 > 6.8 > 4).
    const max = maxWeightedMean([10, 4, 0], [1, 1, 1], [3, 3, 3]);
    expect(max.value).toBeCloseTo(6.8, 12);
    expect(max.atUpper).toEqual([true, false, false]);
    // Min: raise the smallest first: k=1 (10+4+0)/5 = 2.8, k=2 (10+12+0)/7 = 22/7 > 2.8.
    const min = minWeightedMean([10, 4, 0], [1, 1, 1], [3, 3, 3]);
    expect(min.value).toBeCloseTo(2.8, 12);
    expect(min.atUpper).toEqual([false, false, true]);
  });

  it('allows weights of 0 (a child can drop out) but never a zero denominator', () => {
    expect(maxWeightedMean([5, 1], [0, 0], [1, 1]).value).toBe(5);
    expect(minWeightedMean([5, 1], [0, 0], [1, 1]).value).toBe(1);
    expect(maxWeightedMean([5, 1], [0, 0], [0, 0]).value).toBe(-Infinity);
  });

  it('matches a brute force over the vertices of random boxes', () => {
    let seed = 3;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let t = 0; t < 200; t++) {
      const m = 1 + (t % 5);
      const v = Array.from({ length: m }, () => 100 * rnd() - 50);
      const lo = Array.from({ length: m }, () => (rnd() < 0.2 ? 0 : rnd()));
      const hi = lo.map((l) => l + rnd() * 2);
      let best = -Infinity;
      let worst = Infinity;
      for (let mask = 0; mask < 1 << m; mask++) {
        const w = lo.map((l, c) => (mask & (1 << c) ? hi[c] : l));
        const den = w.reduce((s, x) => s + x, 0);
        if (!(den > 0)) continue;
        const mean = w.reduce((s, x, c) => s + x * v[c], 0) / den;
        best = Math.max(best, mean);
        worst = Math.min(worst, mean);
      }
      expect(maxWeightedMean(v, lo, hi).value).toBeCloseTo(best, 9);
      expect(minWeightedMean(v, lo, hi).value).toBeCloseTo(worst, 9);
    }
  });
});

/** Tree D1 (A1, A2), D2 (B1), every weight 1; values already on 0–100 (anchors z and h give
 * each leaf the range 0–100, so a unit's leaf score is its raw value). */
function twoLevel(): SensitivityInput {
  const tree = buildTree([ind('D1', null, 1), ind('A1', 'D1', 1), ind('A2', 'D1', 1), ind('D2', null, 1), ind('B1', 'D2', 1)]);
  const m = matrix(['p', 'q', 'z', 'h'], ['A1', 'A2', 'B1'], [
    [80, 20, 50],
    [40, 40, 30],
    [0, 0, 0],
    [100, 100, 100],
  ]);
  return { tree, matrix: m, scheme: { range: [0, 100] }, context: {} };
}

describe('the rank certificate', { timeout: 60_000 }, () => {
  it('bounds a pair through the tree by the fractional programs (hand-worked)', () => {
    // Every weight in [0.5, 1.5]. D = q − p per leaf: A1 −40, A2 +20, B1 −20.
    // D1: max raises A2 only: (0.5·−40 + 1.5·20) / 2 = 5; min raises A1 only: (1.5·−40 + 0.5·20) / 2 = −25.
    // D2: −20 exactly.
    // Root, max over D1 ∈ ≤5, D2 = −20: raise D1: (1.5·5 + 0.5·−20) / 2 = −1.25 (k=0 and k=2 give −7.5).
    // Root, min over D1 ≥ −25, D2 = −20: raise D1: (1.5·−25 + 0.5·−20) / 2 = −23.75 (others −22.5).
    // Subtracting the two units' own intervals would give [32.5 − 61.25, 37.5 − 38.75] = [−28.75, −1.25].
    const { certificate, r } = certificateOf(twoLevel(), 'p', { relative: 0.5 });
    const q = certificate.pairs.find((x) => r.unitCodes[x.unit] === 'q')!;
    expect(q.min).toBeCloseTo(-23.75, 12);
    expect(q.max).toBeCloseTo(-1.25, 12);
    // h is better on every leaf, z worse: p is second under any weights, and that is proven.
    expect([certificate.bestLimit, certificate.worstLimit]).toEqual([2, 2]);
    const res = rankBounds(twoLevel(), 'p', { relative: 0.5 });
    expect(res.best).toMatchObject({ rank: 2, limit: 2, proven: true });
    expect(res.worst).toMatchObject({ rank: 2, limit: 2, proven: true });
  });

  it('keeps a child one unit misses in the program, scored at that unit\'s own mean (hand-worked)', () => {
    // q misses A2: its D1 is A1 alone, 40. In the pair program A2's D is bounded by q's own D1
    // interval (exactly 40) minus p's A2 (20): 20, so D1's D is the program over A1 −40, A2 +20:
    // [−25, 5] as before — and exact: 40 − D1_p with D1_p in [35, 65]. The root as before.
    const input = twoLevel();
    const values = Float64Array.from(input.matrix.values);
    values[1 * 4 + 1] = NaN;
    input.matrix = { ...input.matrix, values };
    const { certificate, r } = certificateOf(input, 'p', { relative: 0.5 });
    const q = certificate.pairs.find((x) => r.unitCodes[x.unit] === 'q')!;
    expect(q.min).toBeCloseTo(-23.75, 12);
    expect(q.max).toBeCloseTo(-1.25, 12);
  });

  it('is attained at the vertices where the pair is tight (brute force over the 32 vertices)', () => {
    const input = twoLevel();
    const { certificate, r, space, box } = certificateOf(input, 'p', { relative: 0.5 });
    const [p, q] = [0, 1];
    let lo = Infinity;
    let hi = -Infinity;
    for (const w of boxPoints(box.lo, box.hi, 0)) {
      const total = r.rescore(Object.fromEntries(space.codes.map((c, k) => [c, w[k]]))).total;
      lo = Math.min(lo, total[q] - total[p]);
      hi = Math.max(hi, total[q] - total[p]);
    }
    const pair = certificate.pairs.find((x) => x.unit === q)!;
    expect(pair.min).toBeCloseTo(lo, 12);
    expect(pair.max).toBeCloseTo(hi, 12);
  });

  it('closes the gap the pairwise bounds leave: u3 can pass u1 or u2, never both', () => {
    // threeUnits, B = 0.8, A in [0, 2]: D(u1 − u3) = (40a − 16)/(a + 0.8) in [−20, 22.86],
    // D(u2 − u3) = (64 − 60a)/(a + 0.8) in [−20, 80]: each can fall below u3, so pair by pair
    // the best rank could be 1; but u3 passes u1 only for a < 0.4 and u2 only for a > 16/15.
    // Group bound: u1 and u2 have every value, so their mean total is the total of a virtual
    // unit scoring (50, 50): 50 for any weights, while u3 = (60a + 16)/(a + 0.8) is at most
    // (120 + 16)/2.8 = 48.57 (a = 2). D_v >= 1.43 > 0: one of u1, u2 is always above u3.
    const whole = certificateOf(threeUnits(), 'u3', { nodes: { A: { min: 0, max: 2 } } }).certificate;
    expect(whole.contested).toEqual([0, 1]);
    expect(whole.bestLimit).toBe(2);
    const res = rankBounds(threeUnits(), 'u3', { nodes: { A: { min: 0, max: 2 } } });
    expect(res.best).toMatchObject({ rank: 2, limit: 2, proven: true });
    // Both above it for 0.4 < a < 16/15: the worst, 3, is the limit.
    expect(res.worst).toMatchObject({ rank: 3, limit: 3, proven: true });
    const at = scoreScheme(threeUnits().tree, threeUnits().matrix, { ...threeUnits().scheme, weights: res.worst.weights });
    expect(at.rank[2]).toBe(3);
  });

  it('proves a dominating unit first and the heuristic reaches every limit it can on the county', () => {
    const top = rankBounds(county(), 'top', { relative: 0.5 });
    expect(top.best).toMatchObject({ rank: 1, limit: 1, proven: true });
    expect(top.worst).toMatchObject({ rank: 1, limit: 1, proven: true });
    const input = county();
    let proven = 0;
    for (const unit of input.matrix.unitCodes) {
      const res = rankBounds(input, unit, { relative: 0.3 });
      // Sound: nothing reached lies beyond a limit.
      expect(res.best.rank!).toBeGreaterThanOrEqual(res.best.limit!);
      expect(res.worst.rank!).toBeLessThanOrEqual(res.worst.limit!);
      proven += Number(res.best.proven) + Number(res.worst.proven);
    }
    // Measured: 56 of 62 (31 units × best and worst) at ±30%; a floor, so a regression shows.
    expect(proven).toBeGreaterThanOrEqual(52);
  });
});

describe('soundness against rescoring', { timeout: 60_000 }, () => {
  const units = ['v00', 'v07', 'v10', 'v21', 'top'];
  // 7 weights: all 128 vertices of the box, and 150 random points inside it.
  const points = (lo: Float64Array, hi: Float64Array) => boxPoints(lo, hi, 150);

  it('the plain county', () => {
    for (const unit of units) expect(expectSound(county(), unit, { relative: 0.4 }, points).checked).toBeGreaterThan(0);
  });

  it('with named bounds that reach 0 (a group can drop a child)', () => {
    for (const unit of units) expectSound(county(), unit, { nodes: { A1: { min: 0, max: 3 }, B3: { min: 0, max: 4 }, D2: { min: 0, max: 5 } } }, points);
  });

  it('geometric means', () => {
    const input = county();
    input.scheme = { ...input.scheme, range: [1, 100], aggregationByNode: { D1: 'geometric', D2: 'geometric' } };
    for (const unit of units) {
      expectSound(input, unit, { relative: 0.5 }, points);
      expectReached(input, unit, { relative: 0.5 });
    }
  });

  it('missing values with a minimum data share that some units cross as weights move', () => {
    const input = countyWithGaps();
    // v07 has A2 alone in D1: 1/3 of D1's weight nominally, between 1/6 and 1/2 in the box.
    input.scheme = { ...input.scheme, minDataShare: 0.34 };
    for (const unit of [...units, 'v03', 'v05']) {
      expectSound(input, unit, { relative: 0.5 }, points);
      expectReached(input, unit, { relative: 0.5 });
    }
    const { certificate, r } = certificateOf(input, 'v00', { relative: 0.5 });
    const v07 = certificate.pairs.find((x) => r.unitCodes[x.unit] === 'v07')!;
    expect(v07.ranked).toBe(Presence.Maybe);
  });

  it('category weights, a floor, bonus points and a veto that excludes', () => {
    const input = countyWithAdjustments({ categoryWeights: { east: { A1: 1, D2: 4 } }, floor: 45, vetoEffect: 'exclude' });
    for (const unit of units) {
      expectSound(input, unit, { relative: 0.5 }, points);
      expectReached(input, unit, { relative: 0.5 });
    }
    const { certificate } = certificateOf(input, 'v00', { relative: 0.5 });
    expect(certificate.pairs.find((p) => p.unit === 4)!.ranked).toBe(Presence.Never);
  });

  it('TOPSIS falls back to the output range, still sound', () => {
    const input = county();
    input.scheme = { ...input.scheme, aggregate: 'topsis' };
    for (const unit of units) {
      const { certificate } = expectSound(input, unit, { relative: 0.5 }, points);
      const res = rankBounds(input, unit, { relative: 0.5 });
      // TOPSIS at the root: the difference of two closeness values in [0, 100] is all it knows,
      // and a unit may have no closeness (unranked): no other unit is surely above.
      expect(certificate.bestLimit).toBe(1);
      expect(res.best.rank!).toBeGreaterThanOrEqual(1);
      expect(res.worst.rank!).toBeLessThanOrEqual(certificate.worstLimit!);
    }
  });
});
