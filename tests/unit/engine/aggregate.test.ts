import { describe, expect, it } from 'vitest';
import {
  aggregateTree,
  buildTree,
  normaliseMinMax,
  weightedArithmeticMean,
  weightedGeometricMean,
  type AggregateChild,
} from '../../../src-shared/engine';
import { ind, kaopingError, matrix } from './helpers';

const col = (score: number[], mask: number[]) => ({ score: Float64Array.from(score), mask: Uint8Array.from(mask) });

describe('weightedArithmeticMean', () => {
  it('renormalises the weights over the children present', () => {
    const children: AggregateChild[] = [
      { code: 'a', weight: 2, column: col([10, 10, 0, 40], [1, 0, 0, 1]) },
      { code: 'b', weight: 1, column: col([40, 70, 0, 0], [1, 1, 0, 1]) },
      { code: 'z', weight: 0, column: col([99, 99, 99, 0], [1, 1, 1, 1]) },
    ];
    const r = weightedArithmeticMean(children, 4);
    // u0: (2·10 + 1·40) / 3 = 20. u1: a missing → 70 / 1 = 70. u2: only the zero-weight z is
    // present → missing. u3: (2·40 + 1·0) / 3 = 80/3 (a present 0 is a 0, not missing).
    expect(Array.from(r.score)).toEqual([20, 70, 0, 80 / 3]);
    expect(Array.from(r.mask)).toEqual([1, 1, 0, 1]);
  });
});

describe('weightedGeometricMean', () => {
  it('is Π s^(w/Σw) over the children present', () => {
    const children: AggregateChild[] = [
      { code: 'a', weight: 1, column: col([16, 81, 1, 5], [1, 1, 1, 0]) },
      { code: 'b', weight: 3, column: col([1, 1, 8, 7], [1, 1, 1, 1]) },
      { code: 'z', weight: 0, column: col([0, 0, 0, 0], [1, 1, 1, 1]) }, // weight 0: a 0 does not matter
    ];
    const r = weightedGeometricMean(children, ['u0', 'u1', 'u2', 'u3'], 'G');
    // u0: 16^(1/4) · 1^(3/4) = 2. u1: 81^(1/4) = 3. u2: 1 · 8^(3/4) = 2^(9/4) ≈ 4.7568.
    // u3: a missing → 7^(3/3) = 7.
    expect(r.score[0]).toBeCloseTo(2, 12);
    expect(r.score[1]).toBeCloseTo(3, 12);
    expect(r.score[2]).toBeCloseTo(2 ** 2.25, 12);
    expect(r.score[3]).toBeCloseTo(7, 12);
    expect(Array.from(r.mask)).toEqual([1, 1, 1, 1]);
  });

  it('raises a clear error where a weighted score is 0 or negative', () => {
    const zero = kaopingError(() =>
      weightedGeometricMean([{ code: 'a', weight: 1, column: col([3, 0], [1, 1]) }], ['u0', 'u1'], 'G'),
    );
    expect([zero.key, zero.params]).toEqual(['engine.geometricZero', { indicator: 'a', unit: 'u1', aggregate: 'G' }]);
    const neg = kaopingError(() => weightedGeometricMean([{ code: 'a', weight: 1, column: col([-1], [1]) }], ['u0']));
    expect([neg.key, neg.params]).toEqual(['engine.geometricNegative', { indicator: 'a', unit: 'u0' }]);
    // A 0 in a missing cell is not a score.
    const ok = weightedGeometricMean([{ code: 'a', weight: 1, column: col([0, 4], [0, 1]) }], ['u0', 'u1']);
    expect([Array.from(ok.mask), ok.score[1]]).toEqual([[0, 1], 4]);
  });
});

describe('aggregateTree', () => {
  // G1 (geometric, weight 1): L1, L2 (weight 3). G2 (arithmetic, weight 1): L3.
  const tree = buildTree([
    ind('G1', null, 1, { aggregation: 'geometric' }),
    ind('L1', 'G1', 1),
    ind('L2', 'G1', 3),
    ind('G2', null, 1),
    ind('L3', 'G2', 1),
  ]);
  // Range [1, 100]: L1 0, 1, 2 → 1, 50.5, 100; L2 0, 2, 1 → 1, 100, 50.5; L3 0, 4, 1 → 1, 100, 25.75.
  const m = matrix(['u0', 'u1', 'u2'], ['L1', 'L2', 'L3'], [
    [0, 0, 0],
    [1, 2, 4],
    [2, 1, 1],
  ]);
  const nm = normaliseMinMax(tree, m, [1, 100]);

  it('uses each node its own method, bottom-up, and the arithmetic mean at the top by default', () => {
    const r = aggregateTree(tree, nm);
    const g1 = [1, 50.5 ** 0.25 * 100 ** 0.75, 100 ** 0.25 * 50.5 ** 0.75];
    const g2 = [1, 100, 25.75];
    g1.forEach((v, i) => expect(r.nodes.get('G1')!.score[i]).toBeCloseTo(v, 10));
    expect(Array.from(r.nodes.get('G2')!.score)).toEqual(g2);
    g1.forEach((v, i) => expect(r.base.score[i]).toBeCloseTo((v + g2[i]) / 2, 10));
  });

  it('lets options.aggregate override every node and the overall index', () => {
    const arith = aggregateTree(tree, nm, { aggregate: 'arithmetic' });
    // G1 = (L1 + 3·L2) / 4: u1 (50.5 + 300) / 4 = 87.625.
    expect(arith.nodes.get('G1')!.score[1]).toBe(87.625);
    const geo = aggregateTree(tree, nm, { aggregate: 'geometric' });
    // base = √(G1 · G2): u1 √(50.5^0.25 · 100^0.75 · 100).
    expect(geo.base.score[1]).toBeCloseTo(Math.sqrt(50.5 ** 0.25 * 100 ** 0.75 * 100), 10);
  });

  it('refuses a normalised matrix of another tree', () => {
    const other = buildTree([ind('L1', null), ind('L2', null)]);
    expect(kaopingError(() => aggregateTree(tree, normaliseMinMax(other, m))).key).toBe('engine.matrixMismatch');
  });

  it('fails under geometric aggregation with the default range, where the worst unit scores 0', () => {
    const e = kaopingError(() => aggregateTree(tree, normaliseMinMax(tree, m), { aggregate: 'geometric' }));
    expect([e.key, e.params]).toEqual(['engine.geometricZero', { indicator: 'L1', unit: 'u0', aggregate: 'G1' }]);
  });

  it('makes an aggregate missing when none of its children is present, and applies weight overrides', () => {
    const m2 = matrix(['u0', 'u1', 'u2'], ['L1', 'L2', 'L3'], [
      [NaN, NaN, 0],
      [1, 2, 4],
      [2, 1, 1],
    ]);
    const r = aggregateTree(tree, normaliseMinMax(tree, m2, [1, 100]));
    // u0 has no G1 child: G1 missing; base = G2 alone = 1.
    expect(r.nodes.get('G1')!.mask[0]).toBe(0);
    expect([r.base.mask[0], r.base.score[0]]).toEqual([1, 1]);
    // G2's weight set to 0: the base is G1 alone.
    const w = aggregateTree(tree, nm, { weights: { G2: 0 } });
    expect(w.base.score[2]).toBe(w.nodes.get('G1')!.score[2]);
  });
});
