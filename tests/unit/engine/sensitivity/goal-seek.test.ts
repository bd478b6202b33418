import { describe, expect, it } from 'vitest';
import { applyEdits, goalSeek, rankBounds, scoreScheme, type SensitivityInput } from '../../../../src-shared/engine';
import { kaopingError } from '../helpers';
import { county, threeUnits } from './fixture';

/** Rank and grade of `unit` with its value of `indicator` set to `value`, scored from scratch. */
function rescored(input: SensitivityInput, unit: string, indicator: string, value: number) {
  const matrix = applyEdits(input.matrix, [{ unit, indicator, op: 'set', value }]);
  const r = scoreScheme(input.tree, matrix, input.scheme, input.context);
  const i = matrix.unitCodes.indexOf(unit);
  return { rank: r.rank[i], grade: r.grade[i] >= 0 ? r.gradeLabels[r.grade[i]] : null };
}

describe('goalSeek', () => {
  it('finds the smallest A that makes u3 first (hand-worked: 0.6x + 8 >= 60, x = 260/3)', () => {
    const input = threeUnits();
    const g = goalSeek(input, 'u3', 'A', { rank: 1 });
    expect(g.reachable).toBe(true);
    expect(g.value!).toBeCloseTo(260 / 3, 6);
    expect(g.change!).toBeCloseTo(260 / 3 - 60, 6);
    expect(rescored(input, 'u3', 'A', g.value!).rank).toBe(1);
    expect(rescored(input, 'u3', 'A', g.value! - 1e-3).rank).toBe(2);
  });

  it('reaches a grade (0.6x + 8 >= 55: x = 235/3), verified by rescoring', () => {
    const input = threeUnits({ grades: { labels: ['优', '良', '差'], thresholds: [55, 42] } });
    const g = goalSeek(input, 'u3', 'A', { grade: '优' });
    expect(g.value!).toBeCloseTo(235 / 3, 6);
    expect(g.grade).toBe('优');
    expect(rescored(input, 'u3', 'A', g.value!).grade).toBe('优');
    expect(rescored(input, 'u3', 'A', g.value! - 1e-3).grade).toBe('良');
  });

  it('goes past the maximum, where the other units’ scores move too, and checks by rescoring', () => {
    const input = county();
    const g = goalSeek(input, 'v05', 'A1', { rank: 2 });
    expect(g.reachable).toBe(true);
    expect(rescored(input, 'v05', 'A1', g.value!).rank).toBeLessThanOrEqual(2);
    expect(rescored(input, 'v05', 'A1', g.from + g.change! * (1 - 1e-6)).rank).toBeGreaterThan(2);
  });

  it('lowers a lower-is-better indicator', () => {
    const input = county();
    const nominal = scoreScheme(input.tree, input.matrix, input.scheme).rank[12];
    expect(nominal).toBeGreaterThan(3);
    const g = goalSeek(input, 'v12', 'B3', { rank: nominal - 3 });
    expect(g.change!).toBeLessThan(0);
    expect(rescored(input, 'v12', 'B3', g.value!).rank).toBeLessThanOrEqual(nominal - 3);
  });

  it('says so when the target cannot be reached, and changes nothing when it is already met', () => {
    const input = threeUnits({ weights: { A: 0, B: 1 } });
    const g = goalSeek(input, 'u3', 'A', { rank: 1 });
    expect([g.reachable, g.value, g.change]).toEqual([false, null, null]);
    const met = goalSeek(threeUnits(), 'u1', 'A', { rank: 1 });
    expect([met.reachable, met.change, met.evaluations]).toEqual([true, 0, 1]);
  });

  it('refuses an unknown unit, indicator or grade, a bad rank and a missing value', () => {
    const input = threeUnits();
    expect(kaopingError(() => goalSeek(input, 'x', 'A', { rank: 1 })).key).toBe('scenarios.unknownUnit');
    expect(kaopingError(() => goalSeek(input, 'u3', 'Z', { rank: 1 })).key).toBe('scenarios.unknownIndicator');
    expect(kaopingError(() => goalSeek(input, 'u3', 'A', { rank: 4 })).key).toBe('scenarios.badTargetRank');
    expect(kaopingError(() => goalSeek(input, 'u3', 'A', { grade: '优' })).key).toBe('scenarios.noGrades');
    const graded = threeUnits({ grades: { labels: ['优', '良'], thresholds: [50] } });
    expect(kaopingError(() => goalSeek(graded, 'u3', 'A', { grade: '好' })).key).toBe('scenarios.unknownGrade');
    const values = Float64Array.from(input.matrix.values);
    values[2] = NaN; // u3's A
    const gap = { ...input, matrix: { ...input.matrix, values } };
    expect(kaopingError(() => goalSeek(gap, 'u3', 'A', { rank: 1 })).key).toBe('scenarios.goalMissingValue');
  });
});

describe('rankBounds', () => {
  it('matches a fine scan of one free weight (B fixed at 0.8, A in [0, 2])', () => {
    const input = threeUnits();
    const res = rankBounds(input, 'u3', { nodes: { A: { min: 0, max: 2 } } });
    // Independent: score 401 values of A from scratch and take the best and worst rank.
    const ranks: number[] = [];
    for (let k = 0; k <= 400; k++) {
      const r = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: { A: k / 200, B: 0.8 } });
      ranks.push(r.rank[2]);
    }
    expect(res.nominal).toBe(2);
    expect(res.best.rank).toBe(Math.min(...ranks));
    expect(res.worst.rank).toBe(Math.max(...ranks));
    expect(scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: res.best.weights }).rank[2]).toBe(res.best.rank);
  });

  it('keeps the nominal rank with zero bounds and a dominating unit first', () => {
    const input = county();
    const zero = rankBounds(input, 'v10', { relative: 0 });
    expect([zero.best.rank, zero.worst.rank]).toEqual([zero.nominal, zero.nominal]);
    const top = rankBounds(input, 'top', { relative: 0.5 });
    expect([top.best.rank, top.worst.rank]).toEqual([1, 1]);
  });

  it('returns weights within the bounds that give the ranks it reports', () => {
    const input = county();
    const res = rankBounds(input, 'v10', { relative: 0.5 });
    expect(res.best.rank!).toBeLessThanOrEqual(res.nominal!);
    expect(res.worst.rank!).toBeGreaterThanOrEqual(res.nominal!);
    expect(res.worst.rank!).toBeGreaterThan(res.best.rank!);
    for (const bound of [res.best, res.worst]) {
      const r = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: bound.weights });
      expect(r.rank[input.matrix.unitCodes.indexOf('v10')]).toBe(bound.rank);
      const nominal: Record<string, number> = { D1: 3, D2: 2, A1: 2, A2: 1, B1: 1, B2: 1, B3: 2 };
      for (const [code, w] of Object.entries(bound.weights)) {
        expect(w).toBeGreaterThanOrEqual(nominal[code] * 0.5 - 1e-12);
        expect(w).toBeLessThanOrEqual(nominal[code] * 1.5 + 1e-12);
      }
    }
  });

  it('refuses bad bounds and unknown nodes', () => {
    const input = threeUnits();
    expect(kaopingError(() => rankBounds(input, 'u3', { relative: 1 })).key).toBe('scenarios.badBound');
    expect(kaopingError(() => rankBounds(input, 'u3', { nodes: { A: { min: 2, max: 1 } } })).key).toBe('scenarios.badBound');
    expect(kaopingError(() => rankBounds(input, 'u3', { nodes: { Z: { min: 0, max: 1 } } })).key).toBe('scenarios.unknownNode');
  });
});
