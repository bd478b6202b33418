import { describe, expect, it } from 'vitest';
import { buildTree, explainUnit, normaliseMinMax, scoreStandard } from '../../../src-shared/engine';
import { ind, kaopingError, matrix } from './helpers';

// G1 (weight 2): L1, L2 (direction −1). G2 (weight 1): L3 (3), L4 (1).
const indicators = [
  ind('G1', null, 2),
  ind('L1', 'G1', 1),
  ind('L2', 'G1', 1, { direction: -1 }),
  ind('G2', null, 1),
  ind('L3', 'G2', 3),
  ind('L4', 'G2', 1),
];
const m = matrix(['A', 'B', 'C'], ['L1', 'L2', 'L3', 'L4'], [
  [10, 5, 4, 1],
  [20, NaN, 2, 3],
  [30, 1, 0, NaN],
]);
const tree = buildTree(indicators);
const nm = normaliseMinMax(tree, m);

describe('explainUnit', () => {
  it('renormalises the effective weights over what the unit has', () => {
    // B: L1 50, L2 missing, L3 50, L4 (1, 3 → 0, 100) 100.
    // G1 share 2/3 goes to L1 alone; G2's 1/3 splits 3:1 → L3 1/4, L4 1/12.
    const e = explainUnit(tree, nm, 1);
    expect(e.unit).toBe('B');
    expect(e.additive).toBe(true);
    expect(e.leaves.map((l) => l.code)).toEqual(['L1', 'L2', 'L3', 'L4']);
    const [l1, l2, l3, l4] = e.leaves;
    expect([l1.weight, l1.score]).toEqual([2 / 3, 50]);
    expect(l2.weight).toBe(0);
    expect(l2.score).toBeNaN();
    expect(l2.contribution).toBe(0);
    expect(l3.weight).toBeCloseTo(1 / 4, 15);
    expect(l4.weight).toBeCloseTo(1 / 12, 15);
    // 2/3·50 + 1/4·50 + 1/12·100 = 33.33… + 12.5 + 8.33… = 54.166…
    expect(e.leaves.reduce((s, l) => s + l.contribution, 0)).toBeCloseTo(2 / 3 * 50 + 12.5 + 100 / 12, 12);
  });

  it('sums to every unit base score, with and without weight overrides', () => {
    for (const options of [{}, { weights: { G1: 0.5, L3: 0 } }]) {
      const r = scoreStandard(indicators, m, options);
      r.unitCodes.forEach((_, i) => {
        const sum = explainUnit(indicators, nm, i, options).leaves.reduce((s, l) => s + l.contribution, 0);
        expect(Math.abs(sum - r.base[i])).toBeLessThan(1e-9);
      });
    }
  });

  it('says when contributions do not add up (geometric) and refuses an unknown unit', () => {
    expect(explainUnit(tree, nm, 0, { aggregate: 'geometric' }).additive).toBe(false);
    expect(explainUnit([ind('G', null, 1, { aggregation: 'geometric' }), ind('L', 'G')], nm, 0).additive).toBe(false);
    expect(kaopingError(() => explainUnit(tree, nm, 3)).key).toBe('engine.unknownUnit');
  });
});
