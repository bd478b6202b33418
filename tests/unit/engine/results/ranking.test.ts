import { describe, expect, it } from 'vitest';
import { buildTree, competitionRankWithin, scoreNormalised } from '../../../../src-shared/engine';
import { ind, matrix } from '../helpers';
import { normalisedOf } from './helpers';

describe('ranks within categories', () => {
  it('ranks each category on its own, units without one together, "1224" inside each', () => {
    // 平原: 80, 90, 90, 70 → 3, 1, 1, 4.  山区: 60, 95 → 2, 1.  none: 50, NaN → 1, 0.
    const values = [80, 60, 90, 50, 90, 95, 70, NaN];
    const categories = ['平原', '山区', '平原', null, '平原', '山区', '平原', null];
    expect(Array.from(competitionRankWithin(values, categories))).toEqual([3, 2, 1, 1, 1, 1, 4, 0]);
  });

  it('goes into the result beside the overall rank, without excluded units', () => {
    const tree = buildTree([ind('L', null), ind('V', null, 0, { kind: 'veto' })]);
    const units = ['a', 'b', 'c', 'd', 'e'];
    const nm = normalisedOf(units, ['L'], [[70], [90], [80], [60], [85]]);
    const raw = matrix(units, ['V'], [[0], [1], [0], [0], [0]]);
    const categories = ['x', 'x', 'x', 'y', 'y'];
    const r = scoreNormalised(tree, raw, nm, { vetoEffect: 'exclude' }, { categories });
    // Overall without b: 85 e 1, 80 c 2, 70 a 3, 60 d 4.  x: c 1, a 2.  y: e 1, d 2.
    expect(Array.from(r.rank)).toEqual([3, 0, 2, 4, 1]);
    expect(Array.from(r.rankInCategory)).toEqual([2, 0, 1, 2, 1]);
    expect(r.categories).toEqual(categories);
  });
});
