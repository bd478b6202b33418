import { describe, expect, it } from 'vitest';
import { scoreScheme } from '../../../../src-shared/engine';
import { assignGrades, checkGradeRules } from '../../../../src-shared/engine/results';
import type { GradeRules, VetoEffect } from '../../../../src-shared/engine/scheme';
import { ind, kaopingError, matrix } from '../helpers';

const LABELS = ['优秀', '良好', '一般', '较差'];

/** Grades of plain totals (no veto, nobody excluded), as labels. */
function grade(total: number[], rules: GradeRules, categories: (string | null)[] = total.map(() => null), vetoEffect: VetoEffect = 'lowestGrade') {
  const n = total.length;
  const r = assignGrades(rules, { total, excluded: new Uint8Array(n), veto: new Uint8Array(n), vetoEffect, categories });
  return { labels: Array.from(r.grade, (g) => (g < 0 ? null : r.labels[g])), ties: Array.from(r.boundaryTie) };
}

describe('grades by thresholds', () => {
  it('gives the best grade whose lower bound the total reaches', () => {
    // ≥ 90 优秀, ≥ 80 良好, ≥ 60 一般, else 较差; a bound reached exactly counts.
    const r = grade([95, 90, 89.99, 80, 60, 59.9, NaN], { labels: LABELS, thresholds: [90, 80, 60] });
    expect(r.labels).toEqual(['优秀', '优秀', '良好', '良好', '一般', '较差', null]);
  });

  it('puts everyone in the best grade without thresholds (quotas alone separate them)', () => {
    expect(grade([1, 2], { labels: ['合格', '不合格'] }).labels).toEqual(['合格', '合格']);
  });
});

describe('grades by quotas', () => {
  // Ten units 100, 99, …, 91 (all ≥ 90).
  const ten = Array.from({ length: 10 }, (_, i) => 100 - i);

  it('takes a share of the ranked units, cumulatively down the grades', () => {
    // 优秀 at most ⌊0.2 × 10⌋ = 2; 优秀 + 良好 at most ⌊0.5 × 10⌋ = 5; the rest 一般 (the
    // thresholds would give everyone 优秀).
    const r = grade(ten, {
      labels: LABELS,
      thresholds: [90, 80, 60],
      quotas: [
        { grade: '良好', share: 0.5 },
        { grade: '优秀', share: 0.2 },
      ],
    });
    expect(r.labels).toEqual(['优秀', '优秀', '良好', '良好', '良好', '一般', '一般', '一般', '一般', '一般']);
    expect(r.ties).toEqual(new Array(10).fill(0));
  });

  it('rounds a share down, and takes the smaller of a share and a count', () => {
    // 11 units: ⌊0.2 × 11⌋ = ⌊2.2⌋ = 2; with count 1 as well: 1.
    const eleven = [...ten, 90];
    expect(grade(eleven, { labels: LABELS, quotas: [{ grade: '优秀', share: 0.2 }] }).labels.filter((g) => g === '优秀')).toHaveLength(2);
    expect(grade(eleven, { labels: LABELS, quotas: [{ grade: '优秀', share: 0.2, count: 1 }] }).labels.filter((g) => g === '优秀')).toHaveLength(1);
    // A share whose product is not exact in binary: 0.29 × 100 = 28.999999999999996 → 29.
    const hundred = Array.from({ length: 100 }, (_, i) => 1000 - i);
    expect(grade(hundred, { labels: LABELS, quotas: [{ grade: '优秀', share: 0.29 }] }).labels.filter((g) => g === '优秀')).toHaveLength(29);
  });

  it('takes a count', () => {
    const r = grade(ten, { labels: LABELS, quotas: [{ grade: '优秀', count: 3 }] });
    expect(r.labels).toEqual(['优秀', '优秀', '优秀', ...new Array(7).fill('良好')]);
  });

  it('flags units tied across a boundary, and lets them all keep the better grade', () => {
    // 优秀 for 2: 99 takes one place, then 98 and 98 tie for the second: both keep 优秀 and
    // are flagged; 97 and 96 move down (the quota is already used up).
    const r = grade([98, 97, 99, 96, 98], { labels: LABELS, quotas: [{ grade: '优秀', count: 2 }] });
    expect(r.labels).toEqual(['优秀', '良好', '优秀', '良好', '优秀']);
    expect(r.ties).toEqual([1, 0, 0, 0, 1]);
    // With 3 places the tie fits: nobody is flagged. With 1 the boundary falls before the tie:
    // nobody is flagged either, both move down.
    expect(grade([98, 97, 99, 96, 98], { labels: LABELS, quotas: [{ grade: '优秀', count: 3 }] }).ties).toEqual([0, 0, 0, 0, 0]);
    const one = grade([98, 97, 99, 96, 98], { labels: LABELS, quotas: [{ grade: '优秀', count: 1 }] });
    expect(one.labels).toEqual(['良好', '良好', '优秀', '良好', '良好']);
    expect(one.ties).toEqual([0, 0, 0, 0, 0]);
  });

  it('applies a quota per category', () => {
    // Category A: 95, 90, 85, 80 → ⌊0.5 × 4⌋ = 2 优秀. B: 70, 60 → ⌊0.5 × 2⌋ = 1. None: 50 → ⌊0.5⌋ = 0.
    const total = [95, 70, 90, 60, 85, 50, 80];
    const categories = ['A', 'B', 'A', 'B', 'A', null, 'A'];
    const share = grade(total, { labels: LABELS, quotas: [{ grade: '优秀', share: 0.5, perCategory: true }] }, categories);
    expect(share.labels).toEqual(['优秀', '优秀', '优秀', '良好', '良好', '良好', '良好']);
    // Count 1 per category, with a tie in B (70, 70): both keep 优秀, both flagged.
    const tied = grade([95, 70, 90, 70, 85], { labels: LABELS, quotas: [{ grade: '优秀', count: 1, perCategory: true }] }, ['A', 'B', 'A', 'B', 'A']);
    expect(tied.labels).toEqual(['优秀', '优秀', '良好', '优秀', '良好']);
    expect(tied.ties).toEqual([0, 1, 0, 1, 0]);
  });

  it('combines an overall and a per-category quota', () => {
    // 良好 or better: at most 1 per category; 优秀: at most 1 overall. A: 95, 90; B: 80, 70.
    // 优秀 first: 95 keeps it, 90 and 80 and 70 move to 良好. Then 良好 per category: A keeps 95
    // (counted), 90 moves to 一般; B keeps 80, 70 moves to 一般.
    const r = grade([95, 90, 80, 70], {
      labels: LABELS,
      quotas: [
        { grade: '良好', count: 1, perCategory: true },
        { grade: '优秀', count: 1 },
      ],
    }, ['A', 'A', 'B', 'B']);
    expect(r.labels).toEqual(['优秀', '一般', '良好', '一般']);
  });

  it('does not depend on the order of units', () => {
    const total = [98, 97, 99, 96, 98, 91, 93];
    const rules: GradeRules = { labels: LABELS, thresholds: [95, 92, 60], quotas: [{ grade: '优秀', count: 2 }, { grade: '良好', share: 0.6 }] };
    const r = grade(total, rules);
    const order = [6, 2, 0, 5, 1, 4, 3];
    const p = grade(order.map((k) => total[k]), rules);
    order.forEach((k, j) => {
      expect(p.labels[j]).toBe(r.labels[k]);
      expect(p.ties[j]).toBe(r.ties[k]);
    });
  });
});

describe('grade rules that cannot be followed', () => {
  it('names what is wrong', () => {
    expect(kaopingError(() => checkGradeRules({ labels: [] })).key).toBe('engine.gradeLabels');
    expect(kaopingError(() => checkGradeRules({ labels: ['A', 'A'] })).key).toBe('engine.gradeLabels');
    expect(kaopingError(() => checkGradeRules({ labels: LABELS, thresholds: [90, 80] })).key).toBe('engine.gradeThresholds');
    expect(kaopingError(() => checkGradeRules({ labels: LABELS, thresholds: [80, 90, 60] })).key).toBe('engine.gradeThresholds');
    expect(kaopingError(() => checkGradeRules({ labels: LABELS, quotas: [{ grade: '特等', share: 0.1 }] })).key).toBe('engine.unknownGrade');
    expect(kaopingError(() => checkGradeRules({ labels: LABELS, quotas: [{ grade: '较差', share: 0.1 }] })).key).toBe('engine.quotaLastGrade');
    expect(kaopingError(() => checkGradeRules({ labels: LABELS, quotas: [{ grade: '优秀' }] })).key).toBe('engine.invalidQuota');
    expect(kaopingError(() => checkGradeRules({ labels: LABELS, quotas: [{ grade: '优秀', count: 1.5 }] })).key).toBe('engine.invalidQuota');
  });

  it('are refused by scoreScheme before anything is computed', () => {
    const e = kaopingError(() => scoreScheme([ind('L', null)], matrix(['a'], ['L'], [[1]]), { grades: { labels: ['A', 'B'], thresholds: [] } }));
    expect(e.key).toBe('engine.gradeThresholds');
  });
});

describe('grades in the result', () => {
  it('come with their labels, and nothing without grade rules', () => {
    const r = scoreScheme([ind('L', null)], matrix(['a', 'b', 'c'], ['L'], [[10], [5], [0]]), {
      grades: { labels: ['好', '较好', '一般'], thresholds: [80, 40] },
    });
    // Min-max: 100, 50, 0 → 好, 较好, 一般.
    expect(r.gradeLabels).toEqual(['好', '较好', '一般']);
    expect(Array.from(r.grade)).toEqual([0, 1, 2]);
    const none = scoreScheme([ind('L', null)], matrix(['a'], ['L'], [[1]]));
    expect([none.gradeLabels, Array.from(none.grade), Array.from(none.boundaryTie)]).toEqual([[], [-1], [0]]);
  });
});
