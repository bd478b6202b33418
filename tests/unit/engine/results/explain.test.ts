import { describe, expect, it } from 'vitest';
import { buildTree, explainScheme, explainUnit, scoreNormalised, scoreScheme } from '../../../../src-shared/engine';
import { ind, kaopingError, matrix } from '../helpers';
import { normalisedOf } from './helpers';

// D1 (weight 2): L1, L2 (1 : 1).  D2 (weight 1): L3 (1), L4 (3).
const indicators = [ind('D1', null, 2), ind('L1', 'D1'), ind('L2', 'D1'), ind('D2', null, 1), ind('L3', 'D2'), ind('L4', 'D2', 3)];
const tree = buildTree(indicators);
const units = ['a', 'b', 'c'];
const leaves = ['L1', 'L2', 'L3', 'L4'];
const nm = normalisedOf(units, leaves, [
  [80, 40, 20, 60],
  [100, NaN, 0, 100],
  [60, 40, NaN, NaN],
]);
const raw = matrix(units, [], []);
const sum = (xs: { contribution: number }[]) => xs.reduce((s, x) => s + x.contribution, 0);

describe('explainUnit with a scheme', () => {
  it('renormalises for the unit’s missing values and uses its category’s weights', () => {
    // b is of category 山区, which weighs D1 : D2 = 1 : 1 and L3 : L4 = 1 : 1.
    const scheme = { categoryWeights: { 山区: { D1: 1, L4: 1 } } };
    const context = { categories: [null, '山区', null] };
    const e = explainUnit(tree, nm, 1, scheme, context);
    // b: D1 has L1 alone (L2 missing) → L1 gets D1's whole ½; D2 splits ½ as ¼, ¼.
    expect(e.leaves.map((l) => l.weight)).toEqual([0.5, 0, 0.25, 0.25]);
    // 0.5·100 + 0.25·0 + 0.25·100 = 75, which is b's base: D1 = 100, D2 = 50, (100 + 50)/2.
    expect(sum(e.leaves)).toBe(75);
    expect(scoreNormalised(tree, raw, nm, scheme, context).base[1]).toBe(75);
    // a (no category): D1 ⅔ → L1 ⅓, L2 ⅓; D2 ⅓ → L3 1/12, L4 ¼.
    const a = explainUnit(tree, nm, 0, scheme, context);
    expect(a.leaves[0].weight).toBeCloseTo(1 / 3, 15);
    expect(a.leaves[2].weight).toBeCloseTo(1 / 12, 15);
    expect(a.leaves[3].weight).toBeCloseTo(1 / 4, 15);
    // ⅓·80 + ⅓·40 + 1/12·20 + ¼·60 = 26.67 + 13.33 + 1.67 + 15 = 56.67.
    expect(sum(a.leaves)).toBeCloseTo(80 / 3 + 40 / 3 + 20 / 12 + 15, 12);
  });

  it('gives a node left out by the minimum data share no weight', () => {
    // minDataShare 0.6. c has D1 (both leaves) and nothing of D2: its top-level share is
    // 2/3 ≥ 0.6, so D1 carries everything. b has half of D1 (0.5 < 0.6: D1 missing), so only
    // D2 at the top (1/3 < 0.6): no base, every weight 0. a is complete.
    const r = scoreNormalised(tree, raw, nm, { minDataShare: 0.6 });
    expect(r.base[1]).toBeNaN();
    expect(explainUnit(tree, nm, 1, { minDataShare: 0.6 }).leaves.map((l) => l.weight)).toEqual([0, 0, 0, 0]);
    for (const i of [0, 2]) expect(sum(explainUnit(tree, nm, i, { minDataShare: 0.6 }).leaves)).toBeCloseTo(r.base[i], 12);
    expect(explainUnit(tree, nm, 2, { minDataShare: 0.6 }).leaves.map((l) => l.weight)).toEqual([0.5, 0.5, 0, 0]);
  });

  it('ranks the unit among its peers on each indicator', () => {
    // L1: 80, 100, 60 → a 2, b 1, c 3. L2: 40, –, 40 → a 1, c 1 (tie), b 0 (no value).
    const ranks = units.map((_, i) => explainUnit(tree, nm, i).leaves.map((l) => l.rank));
    expect(ranks).toEqual([
      [2, 1, 1, 2],
      [1, 0, 2, 1],
      [3, 1, 0, 0],
    ]);
    // Within categories when the scheme normalises within them: a and c are peers (x), b alone.
    const within = explainUnit(tree, nm, 2, { normaliseWithin: 'category' }, { categories: ['x', 'y', 'x'] });
    expect(within.leaves.map((l) => l.rank)).toEqual([2, 1, 0, 0]);
  });

  it('says the contributions do not add up under geometric means and TOPSIS', () => {
    expect(explainUnit(tree, nm, 0).additive).toBe(true);
    expect(explainUnit(tree, nm, 0, { aggregate: 'topsis' }).additive).toBe(false);
    expect(explainUnit(tree, nm, 0, { aggregationByNode: { D2: 'geometric' } }).additive).toBe(false);
  });
});

describe('explainScheme', () => {
  const withItems = [...indicators, ind('B', null, 2, { kind: 'bonus' }), ind('V', null, 0, { kind: 'veto' })];
  const m = matrix(units, ['L1', 'L2', 'L3', 'L4', 'B', 'V'], [
    [8, 4, 2, 6, 3, 0],
    [10, NaN, 0, 10, 0, 1],
    [6, 2, NaN, NaN, 1, 0],
  ]);

  it('explains a unit by code: raw values, scores, weights, contributions, items', () => {
    const e = explainScheme(withItems, m, {}, {}, 'a');
    const r = scoreScheme(withItems, m);
    // Min-max: L1 8 of 6–10 → 50; L2 4 of 2–4 → 100; L3 2 of 0–2 → 100; L4 6 of 6–10 → 0.
    expect(e.leaves.map((l) => [l.code, l.raw, l.score])).toEqual([
      ['L1', 8, 50],
      ['L2', 4, 100],
      ['L3', 2, 100],
      ['L4', 6, 0],
    ]);
    expect(sum(e.leaves)).toBeCloseTo(e.base, 12);
    expect([e.base, e.total, e.rank]).toEqual([r.base[0], r.total[0], r.rank[0]]);
    // Bonus 3 capped at 2.
    expect(e.items).toEqual([
      { code: 'B', kind: 'bonus', points: 2 },
      { code: 'V', kind: 'veto', points: 0 },
    ]);
    expect(explainScheme(withItems, m, {}, {}, 'b').items[1]).toEqual({ code: 'V', kind: 'veto', points: 1 });
    expect(kaopingError(() => explainScheme(withItems, m, {}, {}, 'zz')).key).toBe('engine.unknownUnit');
  });
});
