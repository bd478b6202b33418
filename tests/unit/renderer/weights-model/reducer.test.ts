import { describe, expect, it } from 'vitest';
import { initialModel, reduceWeights, workingScheme } from '../../../../src-renderer/state/weights/reducer';
import { ROOT_GROUP, type WeightAction, type WeightsModel } from '../../../../src-renderer/state/weights/types';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { tree, treeWeights } from './fixture';

const base: ScoringScheme = { range: [0, 100], weights: { V1: 70, 'V2.1': 3 }, categoryWeights: { town: { V2: 10 } } };
const ctx = { tree, base };
const start = (): WeightsModel => initialModel(tree, base);
const run = (model: WeightsModel, ...actions: WeightAction[]): WeightsModel => actions.reduce((m, a) => reduceWeights(m, a, ctx), model);

describe('initialModel', () => {
  it('takes every node from the scheme, else the tree', () => {
    const m = start();
    expect(m.weights).toEqual({ ...treeWeights, V1: 70, 'V2.1': 3 });
    expect(m.categoryWeights).toEqual({ town: { V2: 10 } });
    expect(m.categoryWeights.town).not.toBe(base.categoryWeights!.town);
    expect(m.locks.size).toBe(0);
  });
});

describe('reduceWeights', () => {
  it('setWeight changes one node in points and nothing else', () => {
    const m = run(start(), { type: 'setWeight', code: 'V1.3', value: 9 });
    expect(m.weights['V1.3']).toBe(9);
    expect(m.weights['V1.1']).toBe(6);
    expect(m.weights.V1).toBe(70);
  });

  it('setShare rebalances the siblings (the hand-worked case)', () => {
    const m = run(start(), { type: 'setShare', code: 'V1.1', share: 0.5 });
    expect(m.weights['V1.1']).toBeCloseTo(10, 12);
    expect(m.weights['V1.2']).toBeCloseTo(25 / 7, 12);
    expect(m.weights['V1.3']).toBeCloseTo(15 / 7, 12);
    expect(m.weights.V1).toBe(70); // the parent is another group
    expect(m.weights['V2.1']).toBe(3);
  });

  it('setShare at the top level uses the top-level nodes (the bonus item is no sibling)', () => {
    // V1 70, V2 40: V2 to 50% of 110 = 55, V1 to 55; B1's cap stays 5.
    const m = run(start(), { type: 'setShare', code: 'V2', share: 0.5 });
    expect(m.weights.V2).toBeCloseTo(55, 12);
    expect(m.weights.V1).toBeCloseTo(55, 12);
    expect(m.weights.B1).toBe(5);
  });

  it('ignores edits of a locked node, bad numbers, unknown codes and shares of adjustment items', () => {
    const locked = run(start(), { type: 'lock', code: 'V1.1' });
    for (const action of [
      { type: 'setWeight', code: 'V1.1', value: 2 },
      { type: 'setShare', code: 'V1.1', share: 0.1 },
      { type: 'setWeight', code: 'V1.2', value: -1 },
      { type: 'setWeight', code: 'V1.2', value: Number.POSITIVE_INFINITY },
      { type: 'setWeight', code: 'NOPE', value: 1 },
      { type: 'setShare', code: 'B1', share: 0.5 },
      { type: 'setWeight', code: 'V1.2', value: 5 }, // already 5
      { type: 'lock', code: 'V1.1' }, // already locked
    ] as WeightAction[]) {
      expect(reduceWeights(locked, action, ctx)).toBe(locked);
    }
  });

  it('lets setWeight set a bonus cap', () => {
    expect(run(start(), { type: 'setWeight', code: 'B1', value: 8 }).weights.B1).toBe(8);
  });

  it('locks and unlocks without touching the model it came from', () => {
    const m0 = start();
    const m1 = run(m0, { type: 'lock', code: 'V1.2' });
    const m2 = run(m1, { type: 'unlock', code: 'V1.2' });
    expect(m0.locks.has('V1.2')).toBe(false);
    expect(m1.locks.has('V1.2')).toBe(true);
    expect(m2.locks.has('V1.2')).toBe(false);
  });

  it('a locked sibling keeps its weight when another share moves', () => {
    const m = run(start(), { type: 'lock', code: 'V1.2' }, { type: 'setShare', code: 'V1.1', share: 0.5 });
    expect(m.weights['V1.2']).toBe(5);
    expect(m.weights['V1.3']).toBeCloseTo(5 / 3, 12);
  });

  it('resets one node to the scheme value, else the tree value', () => {
    const edited = run(start(), { type: 'setWeight', code: 'V1', value: 1 }, { type: 'setWeight', code: 'V1.3', value: 9 });
    const r1 = run(edited, { type: 'reset', code: 'V1' });
    expect(r1.weights.V1).toBe(70); // the scheme's
    expect(r1.weights['V1.3']).toBe(9);
    const r2 = run(r1, { type: 'reset', code: 'V1.3' });
    expect(r2.weights['V1.3']).toBe(3); // the tree's
    expect(run(r2, { type: 'reset', code: 'V1.3' })).toBe(r2);
  });

  it('resets everything (weights, category weights, methods) but keeps the locks', () => {
    const edited = run(
      start(),
      { type: 'lock', code: 'V2.2' },
      { type: 'setShare', code: 'V1.1', share: 0.5 },
      { type: 'setWeight', code: 'V1', value: 5, category: 'town' },
      { type: 'setMethod', parent: 'V1', method: 'entropy' },
    );
    const r = run(edited, { type: 'reset' });
    expect(r.weights).toEqual(start().weights);
    expect(r.categoryWeights).toEqual({ town: { V2: 10 } });
    expect(r.methods).toEqual({});
    expect(r.locks).toEqual(new Set(['V2.2']));
  });

  it('keeps category weights apart from everyone else’s', () => {
    // Category `village` has no weights of its own yet; V1.1 to 50% for it alone.
    const m = run(start(), { type: 'setShare', code: 'V1.1', share: 0.5, category: 'village' });
    expect(m.weights).toEqual(start().weights);
    expect(m.categoryWeights.village['V1.1']).toBeCloseTo(10, 12);
    expect(m.categoryWeights.village['V1.2']).toBeCloseTo(25 / 7, 12);
    expect(Object.keys(m.categoryWeights.village).sort()).toEqual(['V1.1', 'V1.2', 'V1.3', 'V1.4', 'V1.5']);
    expect(m.categoryWeights.town).toEqual({ V2: 10 });

    // A category's share starts from what it uses: town has V2 = 10, V1 = 70 → V1 at 50% of 80.
    const t = run(m, { type: 'setShare', code: 'V1', share: 0.5, category: 'town' });
    expect(t.categoryWeights.town).toEqual({ V1: 40, V2: 40 });
    expect(t.weights.V1).toBe(70);
  });

  it('resets one category node, one category, or leaves other categories alone', () => {
    const m = run(
      start(),
      { type: 'setWeight', code: 'V2', value: 99, category: 'town' },
      { type: 'setWeight', code: 'V1', value: 1, category: 'town' },
      { type: 'setWeight', code: 'V1', value: 2, category: 'village' },
    );
    expect(m.categoryWeights).toEqual({ town: { V2: 99, V1: 1 }, village: { V1: 2 } });
    const a = run(m, { type: 'reset', code: 'V2', category: 'town' });
    expect(a.categoryWeights).toEqual({ town: { V2: 10, V1: 1 }, village: { V1: 2 } });
    const b = run(a, { type: 'reset', code: 'V1', category: 'village' });
    expect(b.categoryWeights).toEqual({ town: { V2: 10, V1: 1 } }); // village had none in the scheme
    const c = run(b, { type: 'reset', category: 'town' });
    expect(c.categoryWeights).toEqual({ town: { V2: 10 } });
  });

  it('applies a method result to a group on its total and records the method', () => {
    const m = run(start(), {
      type: 'applyGroupWeights',
      parent: 'V1',
      method: 'ahp',
      weights: { 'V1.1': 0.4, 'V1.2': 0.3, 'V1.3': 0.1, 'V1.4': 0.1, 'V1.5': 0.1 },
    });
    expect(m.weights['V1.1']).toBeCloseTo(8, 12);
    expect(m.weights['V1.2']).toBeCloseTo(6, 12);
    expect(m.weights['V1.3']).toBeCloseTo(2, 12);
    expect(m.methods).toEqual({ V1: 'ahp' });
    // A hand edit afterwards makes the group manual again.
    expect(run(m, { type: 'setWeight', code: 'V1.3', value: 4 }).methods).toEqual({});
    // A method result naming a code outside the group is refused.
    expect(run(m, { type: 'applyGroupWeights', parent: 'V1', method: 'equal', weights: { 'V2.1': 1 } })).toBe(m);
  });

  it('applies equal weights to the top group and to a category', () => {
    const m = run(start(), { type: 'applyGroupWeights', parent: ROOT_GROUP, method: 'equal', weights: { V1: 1, V2: 1 } });
    expect([m.weights.V1, m.weights.V2]).toEqual([55, 55]);
    const c = run(start(), { type: 'applyGroupWeights', parent: 'V2', method: 'entropy', weights: { 'V2.1': 0.25, 'V2.2': 0.75 }, category: 'town' });
    expect(c.categoryWeights.town).toEqual({ V2: 10, 'V2.1': 1, 'V2.2': 3 }); // on V2's 3 + 1 = 4 points
    expect(c.weights['V2.1']).toBe(3);
  });

  it('records the editor inputs (the AHP matrix) with a method result', () => {
    const pairwise = [[1, 3], [1 / 3, 1]];
    const m = run(start(), { type: 'applyGroupWeights', parent: 'V2', method: 'ahp', weights: { 'V2.1': 0.75, 'V2.2': 0.25 }, options: { pairwise } });
    expect(m.methodOptions.V2).toEqual({ pairwise });
    expect([m.weights['V2.1'], m.weights['V2.2']]).toEqual([3, 1]); // 3:1 on the group's 3 + 1 = 4 points
    // the same result again changes nothing; another matrix is recorded
    expect(run(m, { type: 'applyGroupWeights', parent: 'V2', method: 'ahp', weights: { 'V2.1': 0.75, 'V2.2': 0.25 }, options: { pairwise } })).toBe(m);
    const other = [[1, 5], [1 / 5, 1]];
    expect(run(m, { type: 'applyGroupWeights', parent: 'V2', method: 'ahp', weights: { 'V2.1': 5 / 6, 'V2.2': 1 / 6 }, options: { pairwise: other } }).methodOptions.V2).toEqual({ pairwise: other });
  });

  it('records a method with its options', () => {
    const pairwise = [[1, 3], [1 / 3, 1]];
    const m = run(start(), { type: 'setMethod', parent: 'V2', method: 'ahp', options: { pairwise } });
    expect(m.methods.V2).toBe('ahp');
    expect(m.methodOptions.V2).toEqual({ pairwise });
    expect(m.weights).toEqual(start().weights);
    expect(run(m, { type: 'setMethod', parent: 'V2', method: 'ahp' })).toBe(m);
    expect(run(m, { type: 'setMethod', parent: 'V1.1', method: 'ahp' })).toBe(m); // not a group
  });
});

describe('workingScheme', () => {
  it('is the loaded scheme with every working weight and the category weights', () => {
    const m = run(start(), { type: 'setShare', code: 'V1.1', share: 0.5 }, { type: 'setWeight', code: 'V1', value: 5, category: 'village' });
    const scheme = workingScheme(base, m);
    expect(scheme).toEqual({
      range: [0, 100],
      weights: { ...treeWeights, V1: 70, 'V2.1': 3, 'V1.1': m.weights['V1.1'], 'V1.2': m.weights['V1.2'], 'V1.3': m.weights['V1.3'], 'V1.4': m.weights['V1.4'], 'V1.5': m.weights['V1.5'] },
      categoryWeights: { town: { V2: 10 }, village: { V1: 5 } },
    });
    expect(base.weights).toEqual({ V1: 70, 'V2.1': 3 }); // the loaded scheme untouched
  });

  it('leaves category weights out when neither the scheme nor the edits have any', () => {
    const plain = initialModel(tree, {});
    expect(workingScheme({}, plain)).toEqual({ weights: treeWeights });
  });
});
