import { describe, expect, it } from 'vitest';
import { buildTree, scoreNormalised, scoreScheme } from '../../../../src-shared/engine';
import { ind, kaopingError, matrix } from '../helpers';
import { normalisedOf } from './helpers';

describe('minimum data share', () => {
  // G (weight 1): L1 (2), L2 (1), L3 (1).   H (weight 1): L4.
  const tree = buildTree([ind('G', null), ind('L1', 'G', 2), ind('L2', 'G', 1), ind('L3', 'G', 1), ind('H', null), ind('L4', 'H')]);
  const units = ['a', 'b', 'c', 'd'];
  const nm = normalisedOf(units, ['L1', 'L2', 'L3', 'L4'], [
    [40, 80, 60, 10], // all present: G share 4/4
    [NaN, 80, 60, 10], // L1 missing: G share (1 + 1)/4 = 0.5
    [40, NaN, 60, 10], // L2 missing: G share (2 + 1)/4 = 0.75
    [NaN, NaN, NaN, 10], // G has nothing: missing whatever the share
  ]);
  const raw = matrix(units, [], []);
  // G by hand: a (2·40 + 80 + 60)/4 = 55; b (80 + 60)/2 = 70; c (2·40 + 60)/3 = 140/3.
  const g = [55, 70, 140 / 3, NaN];

  const run = (minDataShare: number) => scoreNormalised(tree, raw, nm, { minDataShare });

  it('keeps every aggregate with any data at share 0 (the default)', () => {
    const r = run(0);
    g.forEach((v, i) => (Number.isNaN(v) ? expect(r.nodes.G[i]).toBeNaN() : expect(r.nodes.G[i]).toBeCloseTo(v, 12)));
    // base = (G + H)/2 where G exists, else H alone: a 32.5, b 40, c (140/3 + 10)/2, d 10.
    expect(r.base[0]).toBeCloseTo(32.5, 12);
    expect(r.base[3]).toBe(10);
  });

  it('makes an aggregate missing below the share, at every level', () => {
    const r = run(0.6);
    // G: b (0.5 < 0.6) loses it; c (0.75) and a keep it.
    expect(r.nodes.G[1]).toBeNaN();
    expect(r.nodes.G[2]).toBeCloseTo(140 / 3, 12);
    // The overall index is an aggregate too: a and c have G and H (share 1); b and d have H
    // only (share 1/2 < 0.6), so their base is missing and they are unranked.
    // a (55 + 10)/2 = 32.5, c (140/3 + 10)/2 = 28.33… → a 1, c 2.
    expect(Array.from(r.base).map((v) => (Number.isNaN(v) ? null : +v.toFixed(9)))).toEqual([
      32.5,
      null,
      +((140 / 3 + 10) / 2).toFixed(9),
      null,
    ]);
    expect(Array.from(r.rank)).toEqual([1, 0, 2, 0]);
  });

  it('counts a share equal to the minimum as enough', () => {
    // c's G share is exactly 0.75.
    expect(run(0.75).nodes.G[2]).toBeCloseTo(140 / 3, 12);
    expect(run(0.76).nodes.G[2]).toBeNaN();
  });

  it('refuses a share outside [0, 1]', () => {
    expect(kaopingError(() => run(1.5)).key).toBe('engine.invalidMinDataShare');
  });
});

describe('category weight overrides', () => {
  // Two dimensions D1 (L1, L2) and D2 (L3). Scheme weights: D1 3, D2 1, L1 1, L2 1.
  // Category 山区 gives D1 1 and L2 3: its units weigh D1 : D2 = 1 : 1 and L1 : L2 = 1 : 3.
  const indicators = [ind('D1', null), ind('L1', 'D1'), ind('L2', 'D1'), ind('D2', null), ind('L3', 'D2')];
  const units = ['p', 'q', 'r'];
  const leaves = ['L1', 'L2', 'L3'];
  const nm = normalisedOf(units, leaves, [
    [100, 0, 40],
    [100, 0, 40],
    [100, 0, 40],
  ]);
  const scheme = { weights: { D1: 3, D2: 1 }, categoryWeights: { 山区: { D1: 1, L2: 3 } } };
  const context = { categories: ['平原', '山区', null] };

  it('weighs each unit with the scheme weights, then its category’s over them', () => {
    const r = scoreNormalised(buildTree(indicators), matrix(units, [], []), nm, scheme, context);
    // p (平原, not named) and r (no category): D1 = (100 + 0)/2 = 50; base = (3·50 + 40)/4 = 47.5.
    // q (山区): D1 = (1·100 + 3·0)/4 = 25; base = (1·25 + 1·40)/2 = 32.5.
    expect(Array.from(r.nodes.D1)).toEqual([50, 25, 50]);
    expect(Array.from(r.total)).toEqual([47.5, 32.5, 47.5]);
    expect(Array.from(r.rank)).toEqual([1, 3, 1]);
  });

  it('applies a category’s bonus caps too', () => {
    const withBonus = [...indicators, ind('B', null, 2, { kind: 'bonus' })];
    const raw = matrix(units, ['L1', 'L2', 'L3', 'B'], [
      [10, 0, 4, 5],
      [10, 0, 4, 5],
      [10, 0, 4, 5],
    ]);
    const r = scoreScheme(withBonus, raw, { categoryWeights: { 山区: { B: 4 } } }, context);
    // Bonus 5 capped at 2, or at 4 for 山区.
    expect(Array.from(r.bonus)).toEqual([2, 4, 2]);
    expect(Array.from(r.items.B)).toEqual([2, 4, 2]);
  });

  it('refuses unknown codes and bad categories', () => {
    const raw = matrix(units, leaves, [[1, 2, 3], [3, 2, 1], [2, 2, 2]]);
    expect(kaopingError(() => scoreScheme(indicators, raw, { categoryWeights: { 山区: { Nope: 1 } } }, context)).key).toBe(
      'engine.unknownIndicator',
    );
    expect(kaopingError(() => scoreScheme(indicators, raw, {}, { categories: ['a'] })).key).toBe('engine.categoriesLength');
  });
});

describe('aggregation per node', () => {
  it('takes aggregationByNode over aggregate over the node’s own method', () => {
    // D1 geometric by the scheme, D2 arithmetic (its own); range [1, 100] by hand.
    const indicators = [ind('D1', null), ind('L1', 'D1'), ind('L2', 'D1'), ind('D2', null), ind('L3', 'D2'), ind('L4', 'D2')];
    const units = ['a'];
    const nm = normalisedOf(units, ['L1', 'L2', 'L3', 'L4'], [[4, 16, 10, 30]], [1, 100]);
    const r = scoreNormalised(buildTree(indicators), matrix(units, [], []), nm, { aggregationByNode: { D1: 'geometric' } });
    // D1 = √(4·16) = 8; D2 = (10 + 30)/2 = 20; base = (8 + 20)/2 = 14.
    expect(r.nodes.D1[0]).toBeCloseTo(8, 12);
    expect(r.nodes.D2[0]).toBe(20);
    expect(r.total[0]).toBeCloseTo(14, 12);
    expect(kaopingError(() => scoreNormalised(buildTree(indicators), matrix(units, [], []), nm, { aggregationByNode: { L1: 'geometric' } })).key).toBe(
      'engine.notAggregate',
    );
  });
});
