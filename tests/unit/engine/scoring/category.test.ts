import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine';
import { categoryGroups, normaliseScheme } from '../../../../src-shared/engine/scoring';
import { ind, kaopingError, matrix } from '../helpers';
import { column, expectClose, keys } from './helpers';

// Normalisation within each unit's category (分类考核): the peer statistics of every relative
// method are computed per category.

const tree = buildTree([
  ind('G', null),
  ind('A', 'G'),
  ind('Z', 'G', 1, { scoring: 'zscore' }),
  ind('T', 'G', 1, { scoring: 'target', target: 100 }),
]);
const units = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
const categories = ['城郊融合', '集聚提升', '城郊融合', '集聚提升', null, '城郊融合', null];
// A: the peri-urban villages (u1, u3, u6) are far richer than the others.
const m = matrix(units, ['A', 'Z', 'T'], [
  [100, 1, 50],
  [10, 1, 50],
  [300, 2, 50],
  [20, 3, 50],
  [5, 4, 50],
  [200, 3, 50],
  [7, 4, 50],
]);

describe('normaliseWithin category', () => {
  const nm = normaliseScheme(tree, m, { normaliseWithin: 'category' }, { categories });

  it('gives every category its own 0..100', () => {
    // 城郊融合 u1, u3, u6: 100, 300, 200 → 0, 100, 50.
    // 集聚提升 u2, u4: 10, 20 → 0, 100.  No category u5, u7: 5, 7 → 0, 100.
    expectClose(column(nm, 'A'), [0, 0, 100, 100, 0, 50, 100]);
    // Over all units instead: (x − 5) / 295.
    const all = normaliseScheme(tree, m, {}, { categories });
    expectClose(column(all, 'A'), [100, 10, 300, 20, 5, 200, 7].map((x) => ((x - 5) / 295) * 100));
  });

  it('computes mean and sd per category for z-scores', () => {
    // 城郊融合: 1, 2, 3 → mean 2, sd 1 → z −1, 0, 1 → 2/6, 3/6, 4/6.
    // 集聚提升: 1, 3 → mean 2, sd sqrt(2) → z ∓1/sqrt(2). No category: 4, 4 → constant.
    const z = 1 / Math.SQRT2;
    const s = (zz: number) => ((zz + 3) / 6) * 100;
    expectClose(column(nm, 'Z'), [s(-1), s(-z), s(0), s(z), NaN, s(1), NaN]);
    expect(nm.warnings).toEqual([
      { key: 'engine.scoring.constantInCategory', params: { indicator: 'Z', category: '—' }, indicator: 'Z' },
    ]);
  });

  it('leaves absolute methods alone', () => {
    expectClose(column(nm, 'T'), Array(7).fill(50));
  });

  it('does not depend on the order of the units', () => {
    const order = [6, 2, 0, 5, 3, 1, 4];
    const shuffled = matrix(
      order.map((i) => units[i]),
      ['A', 'Z', 'T'],
      order.map((i) => [m.values[i], m.values[7 + i], m.values[14 + i]]),
    );
    const other = normaliseScheme(tree, shuffled, { normaliseWithin: 'category' }, { categories: order.map((i) => categories[i]) });
    const a = column(nm, 'A');
    const b = column(other, 'A');
    order.forEach((i, k) => expect(b[k]).toBe(a[i]));
    expect(other.warnings).toEqual(nm.warnings);
  });

  it('warns and normalises all units together when no unit has a category', () => {
    const none = normaliseScheme(tree, m, { normaliseWithin: 'category' }, {});
    expect(keys(none)[0]).toBe('engine.scoring.noCategories');
    expectClose(column(none, 'A'), [100, 10, 300, 20, 5, 200, 7].map((x) => ((x - 5) / 295) * 100));
  });

  it('refuses categories that do not match the units', () => {
    expect(kaopingError(() => normaliseScheme(tree, m, { normaliseWithin: 'category' }, { categories: ['a'] })).key).toBe(
      'engine.scoring.categoriesLength',
    );
  });
});

describe('categoryGroups', () => {
  it('orders the groups by category, the units without one last', () => {
    const g = categoryGroups(5, ['b', null, 'a', 'b', 'a']);
    expect(g.labels).toEqual(['a', 'b', null]);
    expect(g.members.map((x) => Array.from(x))).toEqual([[2, 4], [0, 3], [1]]);
    expect(g.whole).toBe(false);
  });
});
