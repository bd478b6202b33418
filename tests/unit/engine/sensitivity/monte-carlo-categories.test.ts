import { describe, expect, it } from 'vitest';
import { buildTree, mulberry32, perturbWeights, runMonteCarlo, scoreScheme, weightSpace, type SensitivityInput } from '../../../../src-shared/engine';
import { categoryWeightSpace, perturbCategoryWeights } from '../../../../src-shared/engine/sensitivity/category-draws';
import { ind, matrix } from '../helpers';
import { county } from './fixture';
import { BEFORE_CATEGORY_DRAWS } from './monte-carlo-expected';

/** Two top-level leaves A and B weighing 1 and 1 in the tree, raw values spanning 0–100 so a
 * unit's score on a leaf is its raw value. p (100, 0) and q (0, 100) are of category K, whose
 * own weights are A = 1.1, B = 0.9; r (50, 50) has none. So p = 100a / (a + b) = 55 and
 * q = 45 under K's weights a, b, and r = 50 under any weights. */
function twoCategories(categoryWeights: Record<string, Record<string, number>> = { K: { A: 1.1, B: 0.9 } }): SensitivityInput {
  return {
    tree: buildTree([ind('A', null, 1), ind('B', null, 1)]),
    matrix: matrix(['p', 'q', 'r'], ['A', 'B'], [
      [100, 0],
      [0, 100],
      [50, 50],
    ]),
    scheme: { range: [0, 100], categoryWeights },
    context: { categories: ['K', 'K', null] },
  };
}

describe('Monte Carlo over per-category weights', () => {
  it('draws exactly as before on schemes without category weights (stored expectation)', () => {
    const runs = [
      runMonteCarlo(county(), { samples: 200, noise: 0.25, seed: 7, topK: 5 })!,
      runMonteCarlo(county(), { samples: 150, noise: 0.4, seed: 123, topK: 3, choices: [{ aggregate: 'topsis' }] })!,
    ];
    const digest = runs.map((s) =>
      s.units.map((u) => [u.median, u.q05, u.q95, Math.round(u.topK * s.samples), ...u.gradeProbability.map((p) => Math.round(p * s.samples))]),
    );
    expect(digest).toEqual(BEFORE_CATEGORY_DRAWS);
  });

  it('gives the nominal ranks with f = 0', () => {
    const input = twoCategories();
    const s = runMonteCarlo(input, { samples: 50, noise: 0, seed: 3, topK: 1 })!;
    expect(s.units.map((u) => [u.nominal, u.q05, u.median, u.q95])).toEqual([
      [1, 1, 1, 1],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
    ]);
  });

  it('spreads the units whose category’s own weights decide their rank (hand-worked probability)', () => {
    // p is first exactly when K's drawn weights keep a > b: 1.1·X > 0.9·Y with X, Y uniform on
    // [0.75, 1.25] (f = 0.25). P(1.1·X < 0.9·Y) = ∫ from y = 0.75·11/9 to 1.25 of (9y/11 − 0.75) dy
    // / 0.25 = 2/11. Then q is first and p third; r (50 under any weights) stays second. Before
    // category weights were drawn, nothing here moved at all (the scheme's weights do not
    // reach p and q).
    const s = runMonteCarlo(twoCategories(), { samples: 10_000, noise: 0.25, seed: 17, topK: 1 })!;
    const [p, q, r] = s.units;
    // 10,000 draws: the standard error of the share is √(9/11 · 2/11 / 10,000) ≈ 0.0039; within 3
    expect(Math.abs(p.topK - 9 / 11)).toBeLessThan(0.012);
    expect(q.topK).toBeCloseTo(1 - p.topK, 12);
    expect([p.q05, p.q95, q.q05, q.q95]).toEqual([1, 3, 1, 3]);
    expect([r.q05, r.median, r.q95, r.topK]).toEqual([2, 2, 2, 0]);
  });

  it('draws a category’s own weights after the scheme’s, each group keeping its sum (hand-worked)', () => {
    // K names A only (2), so in K's group A draws its own u and B follows the scheme's draw of
    // B. Scheme A = B = 1. Numbers: 0.75, 0.25 (the scheme's A, B: u = +0.25, −0.25 with
    // f = 0.5), then 1.0 (K's A: u = +0.5). Scheme draws: 1.25, 0.75 (sum 2, already nominal).
    // K: A = 2·1.5 = 3, B = 0.75; nominal sum for K 2 + 1 = 3, drawn 3.75: ×0.8 → 2.4 and 0.6.
    const input = twoCategories({ K: { A: 2 } });
    const space = weightSpace(input.tree, input.scheme);
    const cs = categoryWeightSpace(space, input.scheme)!;
    expect(cs.draws).toBe(1);
    const numbers = [0.75, 0.25, 1.0];
    const random = () => numbers.shift()!;
    const w = new Float64Array(2);
    const raw = new Float64Array(2);
    perturbWeights(space, 0.5, random, w, raw);
    const drawn = perturbCategoryWeights(cs, space, raw, 0.5, random);
    expect(numbers).toEqual([]);
    expect(Array.from(w)).toEqual([1.25, 0.75]);
    expect(drawn.K.A).toBeCloseTo(2.4, 12);
    expect(drawn.K.B).toBeCloseTo(0.6, 12);
  });

  it('orders the categories by name, so the order of the scheme’s keys does not matter', () => {
    const a = twoCategories({ K: { A: 1.1, B: 0.9 }, J: { A: 3 } });
    const b = twoCategories({ J: { A: 3 }, K: { A: 1.1, B: 0.9 } });
    const options = { samples: 300, noise: 0.3, seed: 9, topK: 1 };
    expect(runMonteCarlo(b, options)).toEqual(runMonteCarlo(a, options));
  });

  it('scores each draw as a full scoring with the drawn category weights does', () => {
    const input = twoCategories({ K: { A: 2 } });
    const space = weightSpace(input.tree, input.scheme);
    const cs = categoryWeightSpace(space, input.scheme)!;
    // Replays the run's draws (seeded stream: scheme's nodes, then K's own A) with scoreScheme.
    const random = mulberry32(21);
    const firsts = [0, 0, 0];
    const w = new Float64Array(2);
    const raw = new Float64Array(2);
    for (let d = 0; d < 400; d++) {
      perturbWeights(space, 0.4, random, w, raw);
      const categoryWeights = perturbCategoryWeights(cs, space, raw, 0.4, random);
      const res = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: { A: w[0], B: w[1] }, categoryWeights }, input.context);
      res.rank.forEach((rank, i) => rank === 1 && firsts[i]++);
    }
    const s = runMonteCarlo(input, { samples: 400, noise: 0.4, seed: 21, topK: 1 })!;
    expect(s.units.map((u) => Math.round(u.topK * 400))).toEqual(firsts);
    expect(firsts[0]).toBeGreaterThan(0);
  });
});
