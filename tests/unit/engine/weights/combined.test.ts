import { describe, expect, it } from 'vitest';
import { combineLinear, combineMultiplicative, equalWeights, sumToOne } from '../../../../src-shared/engine/weights';
import { kaopingError } from '../helpers';

// Subjective (e.g. AHP) s = (0.5, 0.3, 0.2); objective (e.g. entropy) o = (0.2, 0.2, 0.6).
const s = [0.5, 0.3, 0.2];
const o = [0.2, 0.2, 0.6];

describe('combined weights (组合赋权)', () => {
  it('linear: α s + (1 − α) o', () => {
    // α = 0.5: (0.35, 0.25, 0.40).  α = 0.7: (0.41, 0.27, 0.32).
    const half = combineLinear(s, o, 0.5);
    [0.35, 0.25, 0.4].forEach((w, j) => expect(half[j]).toBeCloseTo(w, 15));
    const seven = combineLinear(s, o, 0.7);
    [0.41, 0.27, 0.32].forEach((w, j) => expect(seven[j]).toBeCloseTo(w, 15));
    // α = 1 and α = 0 are the two sides.
    expect([...combineLinear(s, o, 1)]).toEqual(s);
    expect([...combineLinear(s, o, 0)]).toEqual(o);
  });

  it('linear takes point weights and makes each side sum to 1 first', () => {
    // Policy points 50, 30, 20 are s × 100.
    const w = combineLinear([50, 30, 20], o, 0.5);
    [0.35, 0.25, 0.4].forEach((x, j) => expect(w[j]).toBeCloseTo(x, 15));
  });

  it('multiplicative: s × o renormalised', () => {
    // Products 0.10, 0.06, 0.12; Σ = 0.28 → (10/28, 6/28, 12/28).
    const w = combineMultiplicative(s, o);
    [10 / 28, 6 / 28, 12 / 28].forEach((x, j) => expect(w[j]).toBeCloseTo(x, 15));
    // An item weighted 0 on either side gets 0.
    expect(combineMultiplicative([1, 0, 1], [0.5, 0.5, 0])[2]).toBe(0);
  });

  it('refuses α outside [0, 1], vectors of different lengths, negative weights and no overlap', () => {
    expect(kaopingError(() => combineLinear(s, o, 1.5)).key).toBe('engine.weights.invalidAlpha');
    expect(kaopingError(() => combineLinear(s, [1, 1], 0.5)).key).toBe('engine.weights.lengthMismatch');
    expect(kaopingError(() => combineLinear([1, -1, 1], o, 0.5)).key).toBe('engine.weights.invalidWeight');
    expect(kaopingError(() => combineMultiplicative([1, 0, 0], [0, 1, 1])).key).toBe('engine.weights.zeroSum');
  });

  it('equal weights and shares', () => {
    expect([...equalWeights(4)]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(kaopingError(() => equalWeights(0)).key).toBe('engine.weights.noItems');
    expect([...sumToOne([2, 6])]).toEqual([0.25, 0.75]);
    expect(kaopingError(() => sumToOne([0, 0])).key).toBe('engine.weights.zeroSum');
  });
});
