import { describe, expect, it } from 'vitest';
import { applyEdits, applyScenario, compareScenario, overlayScheme, scoreScheme } from '../../../../src-shared/engine';
import { kaopingError } from '../helpers';
import { threeUnits } from './fixture';

describe('applyEdits', () => {
  it('multiplies, adds and sets values on a copy', () => {
    const input = threeUnits();
    const before = Float64Array.from(input.matrix.values);
    const m = applyEdits(input.matrix, [
      { unit: 'u3', indicator: 'A', op: 'multiply', value: 1.3 },
      { unit: 'u2', indicator: 'B', op: 'add', value: -10 },
      { unit: 'u1', indicator: 'B', op: 'set', value: 7 },
    ]);
    // column-major: A = [u1, u2, u3], then B.
    expect(Array.from(m.values)).toEqual([100, 0, 60 * 1.3, 7, 90, 20]);
    expect(input.matrix.values).toEqual(before);
  });

  it('refuses an unknown unit or indicator, a value that is not a number, an edit of a gap', () => {
    const m = threeUnits().matrix;
    const one = (e: Parameters<typeof applyEdits>[1][number]) => kaopingError(() => applyEdits(m, [e]));
    expect(one({ unit: 'x', indicator: 'A', op: 'set', value: 1 })).toMatchObject({ key: 'scenarios.editUnknownUnit', params: { unit: 'x', edit: 1 } });
    expect(one({ unit: 'u1', indicator: 'Q', op: 'set', value: 1 }).key).toBe('scenarios.editUnknownIndicator');
    expect(one({ unit: 'u1', indicator: 'A', op: 'multiply', value: Infinity }).key).toBe('scenarios.badEditValue');
    const values = Float64Array.from(m.values);
    values[0] = NaN;
    const gap = { ...m, values };
    expect(kaopingError(() => applyEdits(gap, [{ unit: 'u1', indicator: 'A', op: 'add', value: 1 }])).key).toBe('scenarios.editMissingValue');
    expect(applyEdits(gap, [{ unit: 'u1', indicator: 'A', op: 'set', value: 5 }]).values[0]).toBe(5);
  });
});

describe('overlayScheme and applyScenario', () => {
  it('lays options over the base, merging weight maps', () => {
    const merged = overlayScheme(
      { weights: { A: 1, B: 2 }, aggregate: 'geometric', categoryWeights: { x: { A: 1 } } },
      { weights: { B: 5 }, scoring: 'zscore', categoryWeights: { x: { B: 3 } } },
    );
    expect(merged).toEqual({ weights: { A: 1, B: 5 }, aggregate: 'geometric', scoring: 'zscore', categoryWeights: { x: { A: 1, B: 3 } } });
  });

  it('moves units between categories', () => {
    const input = { ...threeUnits(), context: { categories: ['a', 'a', 'b'] } };
    const s = applyScenario(input, { categories: { u3: 'a', u1: null } });
    expect(s.context.categories).toEqual([null, 'a', 'a']);
    expect(input.context.categories).toEqual(['a', 'a', 'b']);
    expect(kaopingError(() => applyScenario(input, { categories: { zz: 'a' } })).key).toBe('scenarios.unknownUnit');
  });
});

describe('compareScenario', () => {
  it('lists rank and grade changes and the biggest movers (hand-worked)', () => {
    const input = threeUnits({ grades: { labels: ['优', '良', '差'], thresholds: [55, 42] } });
    // Baseline: u1 60 (1, 优), u3 44 (2, 良), u2 40 (3, 差).
    // Scenario: u3's A × 1.5 = 90: u3 = (1.2·90 + 0.8·20) / 2 = 62 (1, 优); u1 60 (2, 优); u2 40.
    const scenario = applyScenario(input, { edits: [{ unit: 'u3', indicator: 'A', op: 'multiply', value: 1.5 }] });
    const base = scoreScheme(input.tree, input.matrix, input.scheme);
    const after = scoreScheme(scenario.tree, scenario.matrix, scenario.scheme);
    const c = compareScenario(base, after);
    expect(c.rows.map((r) => [r.unit, r.baseRank, r.rank, r.change, r.baseGrade, r.grade])).toEqual([
      ['u3', 2, 1, 1, '良', '优'],
      ['u1', 1, 2, -1, '优', '优'],
      ['u2', 3, 3, 0, '差', '差'],
    ]);
    expect(c.rows[0].total).toBeCloseTo(62, 12);
    expect(c.movers.map((r) => r.unit)).toEqual(['u3', 'u1']);
    expect(c.gradeChanges.map((r) => r.unit)).toEqual(['u3']);
  });

  it('applies a weight change from the overlay', () => {
    const input = threeUnits();
    // A = 0.4, B = 1.6 (sum 2): u1 = 20, u2 = 80, u3 = 28.
    const s = applyScenario(input, { overlay: { weights: { A: 0.4, B: 1.6 } } });
    const c = compareScenario(scoreScheme(input.tree, input.matrix, input.scheme), scoreScheme(s.tree, s.matrix, s.scheme));
    expect(c.rows.map((r) => [r.unit, r.rank, r.change])).toEqual([
      ['u2', 1, 2],
      ['u3', 2, 0],
      ['u1', 3, -2],
    ]);
    expect(c.rows.map((r) => r.total)).toEqual([80, 28, 20].map((t) => expect.closeTo(t, 12)));
  });
});
