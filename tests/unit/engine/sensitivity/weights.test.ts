import { describe, expect, it } from 'vitest';
import { buildTree, runMonteCarlo, scoreScheme, stabilityIntervals, weightMap, weightSpace, type SensitivityInput } from '../../../../src-shared/engine';
import { ind, matrix } from '../helpers';

/** Leaves A and B (weight 1 each) and a bonus item X whose cap is 1 in the tree and 20 in the
 * scheme. Scores (min-max): A p 90, q 0, r 100; B p 0, q 100, r 100. Base totals p 45, q 50,
 * r 100; p's bonus is min(10, cap): with the scheme's cap 20, p = 55 is 2nd and q 3rd; with the
 * tree's cap 1, p = 46 would be 3rd. */
function capped(): SensitivityInput {
  return {
    tree: buildTree([ind('A', null, 1), ind('B', null, 1), ind('X', null, 1, { kind: 'bonus' })]),
    matrix: matrix(['p', 'q', 'r'], ['A', 'B', 'X'], [
      [90, 0, 10],
      [0, 100, 0],
      [100, 100, 0],
    ]),
    scheme: { range: [0, 100], weights: { X: 20 } },
    context: {},
  };
}

describe('weight space', () => {
  it('keeps the scheme’s caps in every weight map (they are not varied, nor dropped)', () => {
    const input = capped();
    const space = weightSpace(input.tree, input.scheme);
    expect(space.codes).toEqual(['A', 'B']);
    expect(weightMap(space, [2, 3])).toEqual({ X: 20, A: 2, B: 3 });
    const nominal = scoreScheme(input.tree, input.matrix, input.scheme);
    expect(Array.from(nominal.total)).toEqual([55, 50, 100]);
    // f = 0: every draw is the nominal ranking (before, the draws used the tree's cap: p 3rd)
    const s = runMonteCarlo(input, { samples: 20, noise: 0, seed: 1, topK: 1 })!;
    expect(s.units.map((u) => [u.nominal, u.median, u.q05, u.q95])).toEqual([
      [2, 2, 2, 2],
      [3, 3, 3, 3],
      [1, 1, 1, 1],
    ]);
    // and the stability intervals keep p's nominal rank: with A = a, B = 2 − a, p = 45a + 10,
    // q = 100 − 50a, r = 100, so p is 2nd from a = 18/19 (tied with q there) up to just below
    // a = 2, where p reaches r and ties it for 1st
    const [a] = stabilityIntervals(input, { unit: 'p' });
    expect(a.exact).toBe(true);
    expect(a.low).toBeCloseTo(18 / 19, 9);
    expect(a.high).toBeCloseTo(2, 9);
    expect(a.high).toBeLessThan(2);
  });
});
