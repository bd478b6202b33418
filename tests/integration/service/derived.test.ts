import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KaopingError } from '../../../src-shared/api/errors';
import type { EvaluationMatrix } from '../../../src-shared/engine/types';
import { makeIndicator, type Goal, type GoalStatus, type Mark, type Observation, type Unit, type Workbook } from '../../../src-shared/model';
import { openStore, type Store } from '../../../src-main/store';
import { withDerivedValues } from '../../../src-main/service/derived';
import { periodMatrix } from '../../../src-main/service/observations';

const unit = (code: string, position: number): Unit => ({
  code, name: code, parent: null, level: 'village', category: null, groups: {}, attributes: {}, position,
});

const goal = (u: string, code: string, status: GoalStatus, period = '2025'): Goal => ({
  unit: u, period, code, title: code, indicator: null, target: null, actual: null, status, verifiedBy: null, note: null,
});

const mark = (u: string, indicator: string, expert: string, value: number, period = '2025'): Mark => ({
  unit: u, period, indicator, expert, value, note: null,
});

/**
 * A tiny county: leaves G (goal completion, entered by hand too), M (expert-marked, out of
 * 10) and D (plain data). U1–U3 have data in 2025; U4 has only marks; U5 nothing at all.
 *
 * Goals 2025: U1 done, done, partial, dropped -> 100 × 2 / 3; U2 done, missed -> 50;
 *             U3 none -> keeps its entered 33; U4 none.
 * Marks on M in 2025:
 *   U1: 2 9 6 10 8 (sorted 2 6 8 9 10) -> trimmed (6 + 8 + 9) / 3 = 23/3; mean 7; median 8
 *   U2: 5 9 (two marks)                 -> trimmed falls back to the mean 7; median 7
 *   U4: 4 8 6 (sorted 4 6 8)            -> trimmed 6; mean 6; median 6
 *   U3: none                            -> keeps its entered 5
 * Marks on G (the goal indicator) are not used; 2024 marks and goals do not count.
 */
function tinyCounty(): Workbook {
  const indicators = [
    makeIndicator('G', { position: 0, fineKind: 'goal', typicalMin: 0, typicalMax: 100 }),
    makeIndicator('M', { position: 1, typicalMin: 0, typicalMax: 10 }),
    makeIndicator('D', { position: 2 }),
  ];
  const units = ['U1', 'U2', 'U3', 'U4', 'U5'].map(unit);
  const entered: Record<string, [number | null, number | null, number | null]> = {
    U1: [90, 1, 10],
    U2: [80, 2, 20],
    U3: [33, 5, 30],
  };
  const observations: Observation[] = [];
  for (const [u, row] of Object.entries(entered)) {
    (['G', 'M', 'D'] as const).forEach((indicator, j) => observations.push({ unit: u, period: '2025', indicator, value: row[j] }));
  }
  observations.push({ unit: 'U1', period: '2024', indicator: 'M', value: 3 });
  const goals = [
    goal('U1', 'a', 'done'), goal('U1', 'b', 'done'), goal('U1', 'c', 'partial'), goal('U1', 'd', 'dropped'),
    goal('U2', 'a', 'done'), goal('U2', 'b', 'missed'),
    goal('U3', 'a', 'done', '2024'),
  ];
  const marks = [
    ...[2, 9, 6, 10, 8].map((v, k) => mark('U1', 'M', `E${k}`, v)),
    mark('U2', 'M', 'E0', 5), mark('U2', 'M', 'E1', 9),
    ...[4, 8, 6].map((v, k) => mark('U4', 'M', `E${k}`, v)),
    mark('U1', 'G', 'E0', 1),
    mark('U3', 'M', 'E0', 1, '2024'),
  ];
  return { indicators, units, observations, goals, marks };
}

let store: Store;
beforeEach(() => {
  store = openStore(':memory:', { user: 'tester' });
  store.applyImport(tinyCounty(), { fileName: 'tiny.xlsx', sha256: '0'.repeat(64) });
});
afterEach(() => store.close());

/** Column `code` of a matrix, by unit code. */
function column(m: EvaluationMatrix, code: string): Record<string, number> {
  const j = m.leafCodes.indexOf(code);
  const n = m.unitCodes.length;
  return Object.fromEntries(m.unitCodes.map((u, i) => [u, m.values[j * n + i]]));
}

describe('withDerivedValues', () => {
  it('puts goal completion rates in the goal indicator and trimmed means of the marks in marked leaves', () => {
    const raw = periodMatrix(store, '2025');
    expect(raw.unitCodes).toEqual(['U1', 'U2', 'U3']);
    const before = Float64Array.from(raw.values);
    const { matrix, notes, goals, marks } = withDerivedValues(store, '2025', raw, { goalIndicator: 'G' });

    // U4 has marks only: appended after the units with data; U5 has nothing and stays out.
    expect(matrix.unitCodes).toEqual(['U1', 'U2', 'U3', 'U4']);
    expect(matrix.leafCodes).toEqual(['G', 'M', 'D']);
    const g = column(matrix, 'G');
    expect(g.U1).toBeCloseTo((100 * 2) / 3, 12);
    expect(g.U2).toBe(50);
    expect(g.U3).toBe(33); // no goals: the entered value stays
    expect(g.U4).toBeNaN(); // no goals, nothing entered: missing, not 0
    const m = column(matrix, 'M');
    expect(m.U1).toBeCloseTo(23 / 3, 12);
    expect(m.U2).toBe(7);
    expect(m.U3).toBe(5);
    expect(m.U4).toBe(6);
    expect(column(matrix, 'D')).toEqual({ U1: 10, U2: 20, U3: 30, U4: NaN });
    // The matrix passed in is not changed.
    expect(raw.values).toEqual(before);

    expect(goals.map((c) => [c.unit, c.rate, c.counted])).toEqual([['U1', (100 * 2) / 3, 3], ['U2', 50, 2]]);
    expect(marks.map((s) => [s.unit, s.indicator, s.n, s.method])).toEqual([
      ['U1', 'M', 5, 'trimmed'],
      ['U2', 'M', 2, 'mean'],
      ['U4', 'M', 3, 'trimmed'],
    ]);
    expect(marks[0]).toMatchObject({ min: 2, max: 10, range: 8, mean: 7 });

    expect(notes.map((n) => [n.key, n.indicator ?? null, n.unit ?? null])).toEqual([
      ['engine.process.goalValues', 'G', null],
      ['engine.process.markValuesTrimmed', 'M', null],
      ['engine.process.trimmedFallback', 'M', 'U2'],
      ['engine.process.marksOnGoalIndicator', 'G', null],
      ['engine.process.unitsAdded', null, null],
    ]);
    expect(notes[0].params).toEqual({ indicator: 'G', period: '2025', units: 2, kept: 2 });
    expect(notes[1].params).toEqual({ indicator: 'M', period: '2025', units: 3 });
    expect(notes[4].params).toEqual({ count: 1, units: 'U4' });
  });

  it('aggregates marks by the scheme’s method: mean and median', () => {
    const mean = column(withDerivedValues(store, '2025', periodMatrix(store, '2025'), { marks: 'mean' }).matrix, 'M');
    expect(mean).toEqual({ U1: 7, U2: 7, U3: 5, U4: 6 });
    const median = withDerivedValues(store, '2025', periodMatrix(store, '2025'), { marks: 'median' });
    expect(column(median.matrix, 'M')).toEqual({ U1: 8, U2: 7, U3: 5, U4: 6 });
    // Without a goal indicator, the one mark on G is used too; notes in leaf order.
    expect(median.notes.map((n) => [n.key, n.indicator ?? null])).toEqual([
      ['engine.process.markValuesMedian', 'G'],
      ['engine.process.markValuesMedian', 'M'],
      ['engine.process.unitsAdded', null],
    ]);
  });

  it('without a goal indicator, leaves goals alone and uses the marks on G too', () => {
    const { matrix, goals } = withDerivedValues(store, '2025', periodMatrix(store, '2025'), {});
    expect(goals).toEqual([]);
    // G: U1's one mark (1) replaces 90, the others keep their entered values.
    expect(column(matrix, 'G')).toEqual({ U1: 1, U2: 80, U3: 33, U4: NaN });
  });

  it('uses only the period’s own marks and goals', () => {
    const { matrix, notes } = withDerivedValues(store, '2024', periodMatrix(store, '2024'), { goalIndicator: 'G' });
    // 2024: U1 has data (M = 3); U3 has one mark on M (1) and a done goal (100).
    expect(matrix.unitCodes).toEqual(['U1', 'U3']);
    expect(column(matrix, 'M')).toEqual({ U1: 3, U3: 1 });
    expect(column(matrix, 'G')).toEqual({ U1: NaN, U3: 100 });
    expect(notes.find((n) => n.key === 'engine.process.trimmedFallback')?.unit).toBe('U3');
  });

  it('refuses a goal indicator that is not a leaf of the matrix', () => {
    let error: unknown;
    try {
      withDerivedValues(store, '2025', periodMatrix(store, '2025'), { goalIndicator: 'NOPE' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KaopingError);
    expect((error as KaopingError).key).toBe('engine.process.goalIndicatorUnknown');
  });

  it('notes marks on a node that is not a column of the matrix and leaves them out', () => {
    const raw = periodMatrix(store, '2025');
    // A matrix without the M column (a caller scoring a subset of leaves).
    const n = raw.unitCodes.length;
    const subset: EvaluationMatrix = { unitCodes: raw.unitCodes, leafCodes: ['G', 'D'], values: Float64Array.from([...raw.values.subarray(0, n), ...raw.values.subarray(2 * n)]) };
    const { matrix, notes } = withDerivedValues(store, '2025', subset, {});
    expect(notes.find((x) => x.key === 'engine.process.marksNotLeaf')?.params).toEqual({ indicator: 'M', count: 10 });
    expect(column(matrix, 'D')).toEqual({ U1: 10, U2: 20, U3: 30 });
  });
});
