import { describe, expect, it } from 'vitest';
import { applyAdjustments, buildTree, cappedPoints, vetoTriggered } from '../../../src-shared/engine';
import { ind, matrix } from './helpers';

describe('cappedPoints and vetoTriggered', () => {
  it('clamps entered points to [0, cap], missing = 0', () => {
    expect([cappedPoints(1.5, 2), cappedPoints(3, 2), cappedPoints(-1, 2), cappedPoints(NaN, 2)]).toEqual([1.5, 2, 0, 0]);
    expect([vetoTriggered(1), vetoTriggered(-1), vetoTriggered(0), vetoTriggered(NaN)]).toEqual([true, true, false, false]);
  });
});

describe('applyAdjustments', () => {
  const tree = buildTree([
    ind('L', null),
    ind('VB1', null, 2, { kind: 'bonus' }),
    ind('VB2', null, 1, { kind: 'bonus' }),
    ind('VP1', null, 4, { kind: 'penalty', direction: -1 }), // entered as positive points deducted
    ind('VP2', null, 3, { kind: 'penalty', direction: -1 }), // no column: 0 for everyone
    ind('VV1', null, 0, { kind: 'veto' }),
    ind('VV2', null, 0, { kind: 'veto' }),
  ]);
  const m = matrix(['u0', 'u1', 'u2', 'u3'], ['L', 'VB1', 'VB2', 'VP1', 'VV1', 'VV2'], [
    [0, 3, NaN, 0, 0, NaN],
    [0, 1, 0.5, 5, NaN, NaN],
    [0, NaN, 2, 1, 1, 1],
    [0, -1, 0, 2, 0, 1],
  ]);
  const base = { score: Float64Array.from([50, 60, 70, 0]), mask: Uint8Array.from([1, 1, 1, 0]) };
  const r = applyAdjustments(tree, m, base);

  it('adds capped bonus points and subtracts capped penalty points', () => {
    // bonus: u0 min(3,2) + 0 = 2; u1 1 + 0.5 = 1.5; u2 0 + min(2,1) = 1; u3 max(−1,0) + 0 = 0.
    expect(Array.from(r.bonus)).toEqual([2, 1.5, 1, 0]);
    // penalty: u0 0; u1 min(5,4) = 4; u2 1; u3 2.
    expect(Array.from(r.penalty)).toEqual([0, 4, 1, 2]);
    // total = base + bonus − penalty: 52, 57.5, 70; u3 has no base → missing.
    expect(Array.from(r.total)).toEqual([52, 57.5, 70, NaN]);
    expect(Array.from(r.items.get('VB1')!)).toEqual([2, 1, 0, 0]);
    expect(Array.from(r.items.get('VP2')!)).toEqual([0, 0, 0, 0]);
  });

  it('flags vetoes where the entered value is present and not 0', () => {
    expect(Array.from(r.veto)).toEqual([0, 0, 1, 1]);
    expect(r.vetoItems).toEqual([[], [], ['VV1', 'VV2'], ['VV2']]);
    expect(Array.from(r.items.get('VV1')!)).toEqual([0, 0, 1, 0]);
  });

  it('warns about a negative bonus or penalty entry', () => {
    expect(r.warnings).toEqual([
      { key: 'engine.negativePoints', params: { indicator: 'VB1', unit: 'u3', value: -1 }, indicator: 'VB1', unit: 'u3' },
    ]);
  });

  it('takes caps from weight overrides', () => {
    const r2 = applyAdjustments(tree, m, base, { VB1: 5 });
    expect(Array.from(r2.bonus)).toEqual([3, 1.5, 1, 0]);
  });
});

describe('applyAdjustments with scheme limits', () => {
  const tree = buildTree([
    ind('L', null),
    ind('VB1', null, 2, { kind: 'bonus' }),
    ind('VB2', null, 2, { kind: 'bonus' }),
    ind('VP', null, 9, { kind: 'penalty', direction: -1 }),
  ]);
  const m = matrix(['u0', 'u1'], ['L', 'VB1', 'VB2', 'VP'], [
    [0, 2, 2, 1],
    [0, 0, 1, 8],
  ]);
  const base = { score: Float64Array.from([50, 5]), mask: Uint8Array.from([1, 1]) };

  it('caps the sums and applies the floor', () => {
    const r = applyAdjustments(tree, m, base, undefined, { bonusCap: 3, penaltyCap: 6, floor: 0 });
    // u0: bonus 2 + 2 = 4 → 3; penalty 1; 50 + 3 − 1 = 52. u1: bonus 1; penalty 8 → 6; 5 + 1 − 6 = 0.
    expect(Array.from(r.bonus)).toEqual([3, 1]);
    expect(Array.from(r.penalty)).toEqual([1, 6]);
    expect(Array.from(r.total)).toEqual([52, 0]);
    // A floor lifts a total: 5 + 1 − 6 = 0 → 2.
    expect(Array.from(applyAdjustments(tree, m, base, undefined, { penaltyCap: 6, floor: 2 }).total)).toEqual([53, 2]);
  });
});
