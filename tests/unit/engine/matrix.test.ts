import { describe, expect, it } from 'vitest';
import { matrixFromObservations } from '../../../src-shared/engine';
import { kaopingError } from './helpers';

describe('matrixFromObservations', () => {
  it('lays values out column-major with NaN for missing', () => {
    const m = matrixFromObservations(['u1', 'u2'], ['A', 'B', 'C'], [
      { unit: 'u2', indicator: 'A', value: 2 },
      { unit: 'u1', indicator: 'A', value: 1 },
      { unit: 'u1', indicator: 'B', value: null },
      { unit: 'u2', indicator: 'C', value: 0 },
      { unit: 'u9', indicator: 'A', value: 5 }, // not a listed unit: left out
      { unit: 'u1', indicator: 'Z', value: 5 }, // not a listed leaf: left out
    ]);
    expect(m.unitCodes).toEqual(['u1', 'u2']);
    expect(m.leafCodes).toEqual(['A', 'B', 'C']);
    // values[j × 2 + i]: A = [1, 2], B = [NaN, NaN], C = [NaN, 0] (a zero stays a zero).
    expect(Array.from(m.values)).toEqual([1, 2, NaN, NaN, NaN, 0]);
  });

  it('refuses two values for one cell', () => {
    const e = kaopingError(() =>
      matrixFromObservations(['u1'], ['A'], [
        { unit: 'u1', indicator: 'A', value: 1 },
        { unit: 'u1', indicator: 'A', value: 2 },
      ]),
    );
    expect([e.key, e.params]).toEqual(['engine.duplicateObservation', { unit: 'u1', indicator: 'A' }]);
    expect(kaopingError(() => matrixFromObservations(['u1', 'u1'], ['A'], [])).key).toBe('engine.duplicateUnit');
  });
});
