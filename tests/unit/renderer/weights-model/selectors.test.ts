import { beforeEach, describe, expect, it } from 'vitest';
import { useWeights } from '../../../../src-renderer/state/weights/store';
import { shownWeights } from '../../../../src-renderer/state/weights/selectors';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { indicators } from './fixture';

const scheme: ScoringScheme = { weights: { V1: 70 }, categoryWeights: { town: { V2: 10, 'V2.1': 3 } } };
const s = () => useWeights.getState();

beforeEach(() => {
  s().load('方案一', scheme, indicators);
});

/** A node's share of its parent, by hand from the shown weights. */
const shareOf = (w: Readonly<Record<string, number>>, code: string, siblings: string[]) => w[code] / siblings.reduce((t, c) => t + w[c], 0);

describe('per-node reads of the working weights (the controls of the weights table)', () => {
  it('shows the working weights on the all-units tab, the category own weights on its tab', () => {
    expect(shownWeights(s())).toMatchObject({ V1: 70, V2: 40, 'V2.1': 1, 'V2.2': 1 });
    expect(shareOf(shownWeights(s()), 'V1', ['V1', 'V2'])).toBeCloseTo(70 / 110, 12);
    s().setActiveCategory('town');
    // town: V2 10 (own), V1 70 (everyone's), V2.1 3 (own), V2.2 1 (everyone's)
    expect(shownWeights(s())).toMatchObject({ V1: 70, V2: 10, 'V2.1': 3, 'V2.2': 1 });
    expect(shareOf(shownWeights(s()), 'V2.1', ['V2.1', 'V2.2'])).toBeCloseTo(0.75, 12);
  });

  it('computes once per change of the store and follows every edit', () => {
    const first = shownWeights(s());
    expect(shownWeights(s())).toBe(first); // same state: the same object for every control
    s().dispatch({ type: 'setWeight', code: 'V1.1', value: 12 });
    const second = shownWeights(s());
    expect(second).not.toBe(first);
    expect(second['V1.1']).toBe(12);
    s().undo();
    expect(shownWeights(s())['V1.1']).toBe(6);
  });
});
