import { describe, expect, it } from 'vitest';
import { applyProportions, rebalance } from '../../../../src-renderer/state/weights/rebalance';
import { treeWeights, V1_GROUP } from './fixture';

const none = new Set<string>();
const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);

describe('rebalance (setting one share, the siblings make room)', () => {
  it('scales the other siblings by (1 − s_new) / (1 − s_old), keeping the total', () => {
    // V1's children 6/5/3/3/3 (total 20); V1.1 from 6/20 = 30% to 50%.
    const out = rebalance(V1_GROUP, treeWeights, none, 'V1.1', 0.5);
    const factor = (1 - 0.5) / (1 - 6 / 20); // = 5/7
    expect(out['V1.1']).toBeCloseTo(0.5 * 20, 12);
    expect(out['V1.2']).toBeCloseTo(5 * factor, 12); // 25/7
    expect(out['V1.3']).toBeCloseTo(3 * factor, 12); // 15/7
    expect(out['V1.4']).toBeCloseTo(15 / 7, 12);
    expect(out['V1.5']).toBeCloseTo(15 / 7, 12);
    expect(sum(out)).toBeCloseTo(20, 12);
    // The others keep their ratios: 5 : 3 before and after.
    expect(out['V1.2'] / out['V1.3']).toBeCloseTo(5 / 3, 12);
  });

  it('leaves the input object alone and answers only the group', () => {
    const input = { ...treeWeights };
    const out = rebalance(V1_GROUP, input, none, 'V1.3', 0.25);
    expect(input).toEqual(treeWeights);
    expect(Object.keys(out).sort()).toEqual([...V1_GROUP].sort());
  });

  it('keeps a locked sibling and rebalances only the unlocked ones', () => {
    // V1.2 (5) locked; V1.1 to 50% = 10; the rest 20 − 5 − 10 = 5 goes to V1.3..V1.5 (3:3:3).
    const out = rebalance(V1_GROUP, treeWeights, new Set(['V1.2']), 'V1.1', 0.5);
    expect(out['V1.2']).toBe(5);
    expect(out['V1.1']).toBeCloseTo(10, 12);
    for (const c of ['V1.3', 'V1.4', 'V1.5']) expect(out[c]).toBeCloseTo(5 / 3, 12);
    expect(sum(out)).toBeCloseTo(20, 12);
  });

  it('clamps the share to what the locked siblings leave', () => {
    // Locked V1.2..V1.4 hold 11 of 20: V1.1 can reach 9 at most, V1.5 goes to 0.
    const out = rebalance(V1_GROUP, treeWeights, new Set(['V1.2', 'V1.3', 'V1.4']), 'V1.1', 0.9);
    expect(out['V1.1']).toBeCloseTo(9, 12);
    expect(out['V1.5']).toBe(0);
    expect([out['V1.2'], out['V1.3'], out['V1.4']]).toEqual([5, 3, 3]);
  });

  it('changes nothing when every sibling is locked', () => {
    const out = rebalance(V1_GROUP, treeWeights, new Set(['V1.2', 'V1.3', 'V1.4', 'V1.5']), 'V1.1', 0.9);
    expect(out).toEqual({ 'V1.1': 6, 'V1.2': 5, 'V1.3': 3, 'V1.4': 3, 'V1.5': 3 });
  });

  it('shares the rest equally among siblings at 0', () => {
    const out = rebalance(['a', 'b', 'c'], { a: 2, b: 0, c: 0 }, none, 'a', 0.5);
    // total 2: a = 1, the other 1 split in two.
    expect(out).toEqual({ a: 1, b: 0.5, c: 0.5 });
  });

  it('sets the unlocked siblings to 0 at a share of 1', () => {
    const out = rebalance(V1_GROUP, treeWeights, none, 'V1.3', 1);
    expect(out).toEqual({ 'V1.1': 0, 'V1.2': 0, 'V1.3': 20, 'V1.4': 0, 'V1.5': 0 });
  });

  it('clamps shares outside [0, 1], ignores NaN, and takes a group at 0 as 1 point', () => {
    expect(rebalance(V1_GROUP, treeWeights, none, 'V1.3', 1.7)['V1.3']).toBe(20);
    const zero = rebalance(V1_GROUP, treeWeights, none, 'V1.3', -0.2);
    expect(zero['V1.3']).toBe(0);
    // the 17 points of the others become 20: each × 20/17
    expect(zero['V1.1']).toBeCloseTo((6 * 20) / 17, 12);
    expect(rebalance(V1_GROUP, treeWeights, none, 'V1.3', Number.NaN)).toEqual({ 'V1.1': 6, 'V1.2': 5, 'V1.3': 3, 'V1.4': 3, 'V1.5': 3 });
    expect(rebalance(['a', 'b', 'c'], { a: 0, b: 0, c: 0 }, none, 'a', 0.25)).toEqual({ a: 0.25, b: 0.375, c: 0.375 });
  });
});

describe('applyProportions (a method result for a group)', () => {
  it('lays the proportions on the group total', () => {
    // AHP-like 0.5/0.2/0.1/0.1/0.1 on 20 points.
    const out = applyProportions(V1_GROUP, treeWeights, none, { 'V1.1': 0.5, 'V1.2': 0.2, 'V1.3': 0.1, 'V1.4': 0.1, 'V1.5': 0.1 });
    expect(out['V1.1']).toBeCloseTo(10, 12);
    expect(out['V1.2']).toBeCloseTo(4, 12);
    expect(out['V1.5']).toBeCloseTo(2, 12);
  });

  it('keeps locked nodes and spreads the rest over the others by the proportions', () => {
    // V1.1 (6) locked: 14 left over V1.2..V1.5 in 0.2:0.1:0.1:0.1 → 5.6, 2.8, 2.8, 2.8.
    const out = applyProportions(V1_GROUP, treeWeights, new Set(['V1.1']), { 'V1.1': 0.5, 'V1.2': 0.2, 'V1.3': 0.1, 'V1.4': 0.1, 'V1.5': 0.1 });
    expect(out['V1.1']).toBe(6);
    expect(out['V1.2']).toBeCloseTo((14 * 0.2) / 0.5, 12);
    expect(out['V1.3']).toBeCloseTo((14 * 0.1) / 0.5, 12);
  });
});
