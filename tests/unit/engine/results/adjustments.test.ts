import { describe, expect, it } from 'vitest';
import { buildTree, scoreNormalised } from '../../../../src-shared/engine';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { ind, kaopingError, matrix } from '../helpers';
import { normalisedOf } from './helpers';

// One scored leaf L (its normalised score is the base), two bonus items capped at 3 each, two
// penalty items capped at 5 each, a veto item.
const tree = buildTree([
  ind('L', null),
  ind('B1', null, 3, { kind: 'bonus' }),
  ind('B2', null, 3, { kind: 'bonus' }),
  ind('P1', null, 5, { kind: 'penalty', direction: -1 }),
  ind('P2', null, 5, { kind: 'penalty', direction: -1 }),
  ind('V', null, 0, { kind: 'veto' }),
]);

describe('caps on the totals and the floor', () => {
  const units = ['u1', 'u2', 'u3'];
  const raw = matrix(units, ['B1', 'B2', 'P1', 'P2', 'V'], [
    [3, 2.5, 0, 0, 0],
    [0, 0, 7, 4, 0],
    [10, 0, 1, 0, 0],
  ]);
  const nm = normalisedOf(units, ['L'], [[50], [2], [90]]);
  const run = (scheme: ScoringScheme) => scoreNormalised(tree, raw, nm, scheme);

  it('caps each item, then the sums, then keeps the total above the floor', () => {
    const r = run({ bonusCap: 4, penaltyCap: 6, floor: 0 });
    // u1: bonus min(3,3) + min(2.5,3) = 5.5 → capped at 4; total 50 + 4 = 54.
    // u2: penalty min(7,5) + min(4,5) = 9 → capped at 6; 2 − 6 = −4 → floor 0 (扣完为止).
    // u3: bonus min(10,3) = 3; penalty 1; 90 + 3 − 1 = 92.
    expect(Array.from(r.bonus)).toEqual([4, 0, 3]);
    expect(Array.from(r.penalty)).toEqual([0, 6, 1]);
    expect(Array.from(r.total)).toEqual([54, 0, 92]);
    // Items keep their own capped points.
    expect(Array.from(r.items.B2)).toEqual([2.5, 0, 0]);
    expect(Array.from(r.items.P1)).toEqual([0, 5, 1]);
  });

  it('has no limit on the sums and no floor by default', () => {
    const r = run({});
    // u1 50 + 5.5; u2 2 − 9 = −7; u3 92.
    expect(Array.from(r.total)).toEqual([55.5, -7, 92]);
  });

  it('takes a floor other than 0', () => {
    expect(Array.from(run({ floor: 60 }).total)).toEqual([60, 60, 92]);
  });

  it('refuses a negative cap', () => {
    expect(kaopingError(() => run({ bonusCap: -1 })).key).toBe('engine.invalidLimit');
  });
});

describe('veto effects', () => {
  // Totals 95 (veto), 92, 85 (veto), 70, 50; grades 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 较差.
  const units = ['a', 'b', 'c', 'd', 'e'];
  const raw = matrix(units, ['V'], [[1], [0], [1], [0], [NaN]]);
  const nm = normalisedOf(units, ['L'], [[95], [92], [85], [70], [50]]);
  const grades = { labels: ['优秀', '良好', '一般', '较差'], thresholds: [90, 80, 60] };
  const run = (scheme: ScoringScheme) => scoreNormalised(tree, raw, nm, { grades, ...scheme });
  const labels = (r: ReturnType<typeof run>) => Array.from(r.grade, (g) => (g < 0 ? null : r.gradeLabels[g]));

  it('lowestGrade (the default): a vetoed unit gets the last grade but keeps its rank', () => {
    const r = run({});
    expect(labels(r)).toEqual(['较差', '优秀', '较差', '一般', '较差']);
    expect(Array.from(r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(r.veto)).toEqual([1, 0, 1, 0, 0]);
  });

  it('noTopGrade: a vetoed unit never holds the first grade', () => {
    const r = run({ vetoEffect: 'noTopGrade' });
    // a (95) would be 优秀 → 良好; c (85) is 良好 anyway.
    expect(labels(r)).toEqual(['良好', '优秀', '良好', '一般', '较差']);
  });

  it('exclude: out of the ranking, no grade, and not counted in quotas', () => {
    const r = run({ vetoEffect: 'exclude', grades: { ...grades, quotas: [{ grade: '优秀', share: 0.5 }] } });
    expect(Array.from(r.excluded)).toEqual([1, 0, 1, 0, 0]);
    expect(Array.from(r.rank)).toEqual([0, 1, 0, 2, 3]);
    // The totals stay (the committee sees them).
    expect(r.total[0]).toBe(95);
    // Quota: ⌊0.5 × 3 ranked units⌋ = 1 may be 优秀 (counting a and c it would be ⌊2.5⌋ = 2).
    expect(labels(r)).toEqual([null, '优秀', null, '一般', '较差']);
  });

  it('bars a vetoed unit before the quotas, so that it takes no place of the grade it cannot hold', () => {
    // noTopGrade, 优秀 for at most 1 unit, no thresholds: a is barred, so the one place goes to b.
    const r = run({ vetoEffect: 'noTopGrade', grades: { labels: ['优秀', '良好', '一般'], quotas: [{ grade: '优秀', count: 1 }] } });
    expect(labels(r)).toEqual(['良好', '优秀', '良好', '良好', '良好']);
  });
});
