import { describe, expect, it } from 'vitest';
import { mulberry32, perturbWeights, weightSpace } from '../../../../src-shared/engine';
import { threeUnits, county } from './fixture';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(sa);
    expect(Array.from({ length: 100 }, c)).not.toEqual(sa);
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const r = mulberry32(7);
    let sum = 0;
    for (let k = 0; k < 20000; k++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / 20000 - 0.5)).toBeLessThan(0.01);
  });
});

describe('perturbWeights', () => {
  it('multiplies each weight by 1 + u and keeps each sibling group’s sum (hand-worked)', () => {
    const space = weightSpace(threeUnits().tree, threeUnits().scheme);
    // Nominal A = 1.2, B = 0.8; draws 0.75 and 0.25 with f = 0.5 give u = +0.25 and −0.25:
    // 1.5 and 0.6, sum 2.1, rescaled to the nominal sum 2: 1.5·2/2.1 and 0.6·2/2.1.
    const draws = [0.75, 0.25];
    const out = perturbWeights(space, 0.5, () => draws.shift()!, new Float64Array(2));
    expect(out[0]).toBeCloseTo((1.5 * 2) / 2.1, 12);
    expect(out[1]).toBeCloseTo((0.6 * 2) / 2.1, 12);
  });

  it('perturbs every level and keeps every group’s sum; f = 0 gives the nominal weights', () => {
    const input = county();
    const space = weightSpace(input.tree, input.scheme);
    expect(space.codes).toEqual(['D1', 'D2', 'A1', 'A2', 'B1', 'B2', 'B3']);
    const out = perturbWeights(space, 0.25, mulberry32(3), new Float64Array(space.codes.length));
    for (const g of space.groups) {
      const sum = (w: ArrayLike<number>) => g.reduce((s, k) => s + w[k], 0);
      expect(sum(out)).toBeCloseTo(sum(space.nominal), 12);
    }
    expect(Array.from(out)).not.toEqual(Array.from(space.nominal));
    expect(Array.from(perturbWeights(space, 0, mulberry32(3), new Float64Array(7)))).toEqual(Array.from(space.nominal));
  });
});
