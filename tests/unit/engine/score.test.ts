import { describe, expect, it } from 'vitest';
import {
  buildTree,
  normaliseMinMax,
  scoreNormalised,
  scoreScheme,
  scoreStandard,
  standardScheme,
  type ScoreResult,
} from '../../../src-shared/engine';
import { at, ind, kaopingError, matrix } from './helpers';

// The worked example, 3 units:
//   G1 (weight 2): L1, L2 (direction −1)         G2 (weight 1): L3 (3), L4 (1, constant), L5 (1)
//   VB1 bonus cap 2, VB2 bonus cap 1, VP penalty cap 4, VV veto.
const tree = [
  ind('G1', null, 2),
  ind('L1', 'G1', 1),
  ind('L2', 'G1', 1, { direction: -1 }),
  ind('G2', null, 1),
  ind('L3', 'G2', 3),
  ind('L4', 'G2', 1),
  ind('L5', 'G2', 1),
  ind('VB1', null, 2, { kind: 'bonus' }),
  ind('VB2', null, 1, { kind: 'bonus' }),
  ind('VP', null, 4, { kind: 'penalty', direction: -1 }),
  ind('VV', null, 0, { kind: 'veto' }),
];
const leaves = ['L1', 'L2', 'L3', 'L4', 'L5', 'VB1', 'VB2', 'VP', 'VV'];
const rows: Record<string, number[]> = {
  //   L1   L2   L3  L4  L5  VB1  VB2  VP   VV
  A: [10, 5, 4, 7, 1, 3, NaN, 0, 0],
  B: [20, NaN, 2, 7, 3, 1, 0.5, 5, NaN],
  C: [30, 1, 0, 7, 2, NaN, 0, 1, 1],
};
const build = (units: string[]) => matrix(units, leaves, units.map((u) => rows[u]));

// Normalised (min-max to [0, 100]):
//   L1: 10, 20, 30 → 0, 50, 100
//   L2 (−1): −5, (missing), −1 → 0, –, 100
//   L3: 4, 2, 0 → 100, 50, 0
//   L4: 7, 7, 7 → constant: missing for all, with a warning
//   L5: 1, 3, 2 → 0, 100, 50
// G1 = (L1 + L2) / 2 over present: A (0 + 0)/2 = 0; B 50/1 = 50; C (100 + 100)/2 = 100
// G2 = (3·L3 + 1·L5) / 4 (L4 skipped): A 300/4 = 75; B (150 + 100)/4 = 62.5; C 50/4 = 12.5
// base = (2·G1 + 1·G2) / 3: A 75/3 = 25; B 162.5/3; C 212.5/3
// bonus: A min(3,2) + 0 = 2; B 1 + 0.5 = 1.5; C 0 + 0 = 0
// penalty: A 0; B min(5,4) = 4; C 1
// total: A 27; B 162.5/3 − 2.5; C 212.5/3 − 1  → ranks C 1, B 2, A 3; C vetoed.
const expected = {
  L1: { A: 0, B: 50, C: 100 },
  L2: { A: 0, B: NaN, C: 100 },
  L3: { A: 100, B: 50, C: 0 },
  L4: { A: NaN, B: NaN, C: NaN },
  L5: { A: 0, B: 100, C: 50 },
  G1: { A: 0, B: 50, C: 100 },
  G2: { A: 75, B: 62.5, C: 12.5 },
  base: { A: 25, B: 162.5 / 3, C: 212.5 / 3 },
  bonus: { A: 2, B: 1.5, C: 0 },
  penalty: { A: 0, B: 4, C: 1 },
  total: { A: 27, B: 162.5 / 3 + 1.5 - 4, C: 212.5 / 3 - 1 },
  rank: { A: 3, B: 2, C: 1 },
  veto: { A: 0, B: 0, C: 1 },
};

function checkExample(r: ScoreResult): void {
  for (const u of ['A', 'B', 'C'] as const) {
    for (const code of ['L1', 'L2', 'L3', 'L4', 'L5', 'G1', 'G2'] as const) {
      const want = expected[code][u];
      if (Number.isNaN(want)) expect(at(r, r.nodes[code], u)).toBeNaN();
      else expect(at(r, r.nodes[code], u)).toBeCloseTo(want, 12);
    }
    for (const key of ['base', 'bonus', 'penalty', 'total'] as const) expect(at(r, r[key], u)).toBeCloseTo(expected[key][u], 12);
    expect(at(r, r.rank, u)).toBe(expected.rank[u]);
    expect(at(r, r.veto, u)).toBe(expected.veto[u]);
  }
}

describe('scoreStandard on the worked example', () => {
  const r = scoreStandard(tree, build(['A', 'B', 'C']));

  it('matches the hand computation', () => {
    checkExample(r);
    expect(r.vetoItems).toEqual([[], [], ['VV']]);
    expect(r.aggregates).toEqual(['G1', 'G2']);
    expect(r.leaves).toEqual(['L1', 'L2', 'L3', 'L4', 'L5']);
    expect(Object.keys(r.nodes).sort()).toEqual(['G1', 'G2', 'L1', 'L2', 'L3', 'L4', 'L5']);
    expect(Array.from(r.items.VB1)).toEqual([2, 1, 0]);
    expect(r.warnings).toEqual([{ key: 'engine.constantIndicator', params: { indicator: 'L4' }, indicator: 'L4' }]);
  });

  it('does not depend on the order of units', () => {
    for (const order of [['C', 'A', 'B'], ['B', 'C', 'A'], ['C', 'B', 'A']]) {
      const p = scoreStandard(tree, build(order));
      expect(p.unitCodes).toEqual(order);
      checkExample(p);
    }
  });

  it('rescoring a normalised matrix with other weights equals scoring from scratch', () => {
    const t = buildTree(tree);
    const m = build(['A', 'B', 'C']);
    const again = scoreNormalised(t, m, normaliseMinMax(t, m), { weights: { G1: 1 } });
    // G1 and G2 equal: base = (G1 + G2) / 2: A 37.5, B 56.25, C 56.25 → total A 39.5, B 53.75, C 55.25.
    expect(Array.from(again.total)).toEqual([39.5, 53.75, 55.25]);
    expect(Array.from(again.total)).toEqual(Array.from(scoreStandard(tree, m, { weights: { G1: 1 } }).total));
  });

  it('refuses a normalised matrix of other units', () => {
    const t = buildTree(tree);
    const nm = normaliseMinMax(t, build(['A', 'B', 'C']));
    expect(kaopingError(() => scoreNormalised(t, build(['B', 'A', 'C']), nm)).key).toBe('engine.matrixMismatch');
  });

  it('refuses an unknown weight override', () => {
    expect(kaopingError(() => scoreStandard(tree, build(['A']), { weights: { Nope: 1 } })).key).toBe('engine.unknownIndicator');
  });
});

describe('scoreStandard: ties and missing totals', () => {
  it('ranks 1, 2, 2, 4 and leaves a unit without any value unranked', () => {
    const t = [ind('X', null), ind('Y', null)];
    const m = matrix(['P', 'Q', 'R', 'S', 'T'], ['X', 'Y'], [
      [4, 2],
      [2, 1],
      [2, 1],
      [0, 0],
      [NaN, NaN],
    ]);
    // X: 4, 2, 2, 0 → 100, 50, 50, 0. Y: 2, 1, 1, 0 → 100, 50, 50, 0. base: 100, 50, 50, 0, missing.
    const r = scoreStandard(t, m);
    expect(Array.from(r.total)).toEqual([100, 50, 50, 0, NaN]);
    expect(Array.from(r.rank)).toEqual([1, 2, 2, 4, 0]);
  });
});

describe('scoreStandard: geometric aggregation', () => {
  it('computes the weighted geometric mean by hand on the [1, 100] range', () => {
    const t = [ind('G', null, 1, { aggregation: 'geometric' }), ind('L1', 'G', 1), ind('L2', 'G', 3)];
    // L1: 0, 1, 2 → 1, 50.5, 100. L2: 0, 3, 1 → 1 + 99·0 = 1, 100, 1 + 99/3 = 34.
    const m = matrix(['a', 'b', 'c'], ['L1', 'L2'], [
      [0, 0],
      [1, 3],
      [2, 1],
    ]);
    const r = scoreStandard(t, m, { range: [1, 100] });
    // G = L1^(1/4) · L2^(3/4): a 1; b 50.5^0.25 · 100^0.75; c 100^0.25 · 34^0.75.
    expect(r.total[0]).toBeCloseTo(1, 12);
    expect(r.total[1]).toBeCloseTo(50.5 ** 0.25 * 100 ** 0.75, 10);
    expect(r.total[2]).toBeCloseTo(100 ** 0.25 * 34 ** 0.75, 10);
    expect(Array.from(r.rank)).toEqual([3, 1, 2]);
    // The default range gives unit a a 0 on L1: a clear error, not a silent 0.
    const e = kaopingError(() => scoreStandard(t, m));
    expect([e.key, e.params]).toEqual(['engine.geometricZero', { indicator: 'L1', unit: 'a', aggregate: 'G' }]);
  });
});

describe('scoreStandard and scoreScheme', () => {
  it('scoreStandard is scoreScheme with the standard options', () => {
    const m = build(['A', 'B', 'C']);
    for (const options of [{}, { range: [1, 100] as [number, number], aggregate: 'geometric' as const }, { weights: { G1: 1, VB1: 5 } }]) {
      const standard = scoreStandard(tree, m, options);
      const scheme = scoreScheme(tree, m, standardScheme(options));
      expect(standard).toEqual(scheme);
    }
    // Whatever the leaves' own scoring methods: the standard computation is min-max.
    const targeted = tree.map((i) => (i.code === 'L1' ? { ...i, scoring: 'target' as const, target: 100 } : i));
    expect(Array.from(scoreStandard(targeted, m).total)).toEqual(Array.from(scoreStandard(tree, m).total));
  });

  it('fills the scheme fields with their neutral values', () => {
    const r = scoreStandard(tree, build(['A', 'B', 'C']));
    // No categories: everyone in one group, so the category rank is the rank.
    expect(Array.from(r.rankInCategory)).toEqual(Array.from(r.rank));
    expect(r.categories).toEqual([null, null, null]);
    expect([r.gradeLabels, Array.from(r.grade), Array.from(r.boundaryTie), Array.from(r.excluded)]).toEqual([[], [-1, -1, -1], [0, 0, 0], [0, 0, 0]]);
  });
});
