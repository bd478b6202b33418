import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentScheme, SETTLE_AFTER_MS, useWeights, WEIGHTS_INPUT_MARK } from '../../../../src-renderer/state/weights/store';
import { HISTORY_LIMIT } from '../../../../src-renderer/state/weights/history';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { indicators, treeWeights, V1_GROUP } from './fixture';

const scheme: ScoringScheme = { range: [0, 100], weights: { V1: 70 }, categoryWeights: { town: { V2: 10 } } };
const s = () => useWeights.getState();
const group = (): number[] => V1_GROUP.map((c) => s().weights[c]);

beforeEach(() => {
  s().load('方案一', scheme, indicators);
});

describe('useWeights', () => {
  it('loads a scheme as the working copy', () => {
    expect(s().schemeName).toBe('方案一');
    expect(s().base).toBe(scheme);
    expect(s().weights).toEqual({ ...treeWeights, V1: 70 });
    expect(s().tree?.leaves).toEqual(['V1.1', 'V1.2', 'V1.3', 'V1.4', 'V1.5', 'V2.1', 'V2.2']);
    expect(s().past).toEqual([]);
    expect(s().future).toEqual([]);
  });

  it('undoes a setShare exactly (every sibling back) and redoes it', () => {
    const before = group();
    s().dispatch({ type: 'setShare', code: 'V1.1', share: 0.5 });
    const after = group();
    expect(after[0]).toBeCloseTo(10, 12);
    expect(s().past).toEqual([{ type: 'setShare', code: 'V1.1', share: 0.5 }]);

    s().undo();
    expect(group()).toEqual(before); // exact, not close
    expect(s().past).toEqual([]);
    expect(s().future).toEqual([{ type: 'setShare', code: 'V1.1', share: 0.5 }]);

    s().redo();
    expect(group()).toEqual(after);
    expect(s().future).toEqual([]);
  });

  it('walks a sequence back and forth; a new edit clears redo', () => {
    s().dispatch({ type: 'setWeight', code: 'V1.3', value: 9 });
    s().dispatch({ type: 'lock', code: 'V1.2' });
    s().dispatch({ type: 'setShare', code: 'V1.1', share: 0.25 });
    const third = { ...s().weights };
    expect(s().weights['V1.2']).toBe(5); // locked during the rebalance
    expect(s().past.map((a) => a.type)).toEqual(['setWeight', 'lock', 'setShare']);

    s().undo();
    s().undo(); // the lock is an edit too
    expect(s().locks.has('V1.2')).toBe(false);
    expect(s().weights['V1.3']).toBe(9);
    s().redo();
    expect(s().locks.has('V1.2')).toBe(true);
    s().redo();
    expect(s().weights).toEqual(third);

    s().undo();
    s().undo();
    s().dispatch({ type: 'setWeight', code: 'V2.1', value: 4 });
    expect(s().future).toEqual([]);
    s().redo(); // nothing to redo
    expect(s().weights['V2.1']).toBe(4);
    expect(s().locks.has('V1.2')).toBe(false);
    expect(s().past.map((a) => a.type)).toEqual(['setWeight', 'setWeight']);
  });

  it('records nothing for an edit that changes nothing, and undo/redo with nothing to do do nothing', () => {
    s().dispatch({ type: 'setWeight', code: 'V1.1', value: 6 });
    s().dispatch({ type: 'unlock', code: 'V1.1' });
    expect(s().past).toEqual([]);
    const weights = s().weights;
    s().undo();
    s().redo();
    expect(s().weights).toBe(weights);
  });

  it('undoes a method applied with its editor inputs: the weights and the AHP matrix go back together', () => {
    const pairwise = [[1, 3], [1 / 3, 1]];
    s().dispatch({ type: 'applyGroupWeights', parent: 'V2', method: 'ahp', weights: { 'V2.1': 0.75, 'V2.2': 0.25 }, options: { pairwise } });
    expect(s().methodOptions.V2).toEqual({ pairwise });
    expect(s().weights['V2.1']).toBeCloseTo(1.5, 12);
    s().undo();
    expect(s().methodOptions.V2).toBeUndefined();
    expect(s().methods.V2).toBeUndefined();
    expect(s().weights['V2.1']).toBe(1);
    s().redo();
    expect(s().methodOptions.V2).toEqual({ pairwise });
  });

  it('makes one undo step of a coalesced drag', () => {
    s().dispatch({ type: 'setWeight', code: 'V2.1', value: 2 });
    for (const share of [0.35, 0.4, 0.45, 0.5]) s().dispatch({ type: 'setShare', code: 'V1.1', share, coalesce: true });
    expect(s().weights['V1.1']).toBeCloseTo(10, 12);
    expect(s().past).toEqual([
      { type: 'setWeight', code: 'V2.1', value: 2 },
      { type: 'setShare', code: 'V1.1', share: 0.5, coalesce: true },
    ]);
    s().undo();
    expect(group()).toEqual([6, 5, 3, 3, 3]);
    expect(s().weights['V2.1']).toBe(2);
    // Without `coalesce` every move is its own step.
    s().dispatch({ type: 'setShare', code: 'V1.1', share: 0.4 });
    s().dispatch({ type: 'setShare', code: 'V1.1', share: 0.5 });
    expect(s().past).toHaveLength(3);
  });

  it('resets and undoes the reset', () => {
    s().dispatch({ type: 'setShare', code: 'V1.1', share: 0.5 });
    const edited = group();
    s().dispatch({ type: 'reset' });
    expect(group()).toEqual([6, 5, 3, 3, 3]);
    s().undo();
    expect(group()).toEqual(edited);
  });

  it('gives the working copy as a scheme', () => {
    s().dispatch({ type: 'setWeight', code: 'V2', value: 30 });
    s().dispatch({ type: 'setWeight', code: 'V1.1', value: 1, category: 'village' });
    expect(currentScheme()).toEqual({
      range: [0, 100],
      weights: { ...treeWeights, V1: 70, V2: 30 },
      categoryWeights: { town: { V2: 10 }, village: { 'V1.1': 1 } },
    });
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    for (let k = 1; k <= HISTORY_LIMIT + 5; k++) s().dispatch({ type: 'setWeight', code: 'V2.1', value: k });
    expect(s().past).toHaveLength(HISTORY_LIMIT);
    expect(s().past[0]).toEqual({ type: 'setWeight', code: 'V2.1', value: 6 });
  });

  it('marks the input for the bench when the weights change (not for a lock)', () => {
    performance.clearMarks(WEIGHTS_INPUT_MARK);
    s().dispatch({ type: 'lock', code: 'V1.2' });
    expect(performance.getEntriesByName(WEIGHTS_INPUT_MARK)).toHaveLength(0);
    s().dispatch({ type: 'setWeight', code: 'V1.3', value: 4 });
    s().undo();
    expect(performance.getEntriesByName(WEIGHTS_INPUT_MARK)).toHaveLength(2);
    performance.clearMarks(WEIGHTS_INPUT_MARK);
  });

  it('reloads on a new tree and ignores the same tree', () => {
    s().dispatch({ type: 'setWeight', code: 'V1.3', value: 9 });
    s().setIndicators(indicators.map((i) => ({ ...i })));
    expect(s().weights['V1.3']).toBe(9); // same tree: the edit stays
    s().setIndicators(indicators.filter((i) => i.code !== 'V2.2'));
    expect(s().weights['V1.3']).toBe(3);
    expect('V2.2' in s().weights).toBe(false);
    expect(s().past).toEqual([]);
  });

  it('ignores edits before any tree is loaded', () => {
    s().load(null, {}, []);
    expect(s().tree).toBeNull();
    s().dispatch({ type: 'setWeight', code: 'V1', value: 1 });
    expect(s().weights).toEqual({});
  });
});

describe('the settled weights (what the weights table draws, after the live ranking)', () => {
  it('are the loaded weights at once, and follow an edit only when settled', () => {
    expect(s().settledWeights).toBe(s().weights);
    const loaded = s().weights;
    s().dispatch({ type: 'setWeight', code: 'V1.3', value: 9 });
    expect(s().weights['V1.3']).toBe(9);
    expect(s().settledWeights).toBe(loaded); // the table still draws the weights of before
    s().settle();
    expect(s().settledWeights).toBe(s().weights);
    expect(s().settledWeights['V1.3']).toBe(9);
  });

  it('follow an edit by themselves after SETTLE_AFTER_MS when nothing settles them', () => {
    vi.useFakeTimers();
    try {
      s().dispatch({ type: 'setShare', code: 'V1.1', share: 0.5 });
      s().undo();
      s().redo();
      const edited = s().weights;
      vi.advanceTimersByTime(SETTLE_AFTER_MS - 1);
      expect(s().settledWeights).not.toBe(edited);
      vi.advanceTimersByTime(1);
      expect(s().settledWeights).toBe(edited);
      expect(s().settledCategoryWeights).toBe(s().categoryWeights);
    } finally {
      vi.useRealTimers();
    }
  });
});
