import { describe, expect, it } from 'vitest';
import { kurtosis, mean, presentValues, sampleSd, skewness } from '../../../../src-shared/engine/stats';

describe('skewness and kurtosis (G1 and G2, as COINr and Excel)', () => {
  it("matches Microsoft's published examples for SKEW and KURT", () => {
    // Microsoft Support, "SKEW function" and "KURT function": both use the data
    // 3, 4, 5, 2, 3, 4, 5, 6, 4, 7 and give SKEW = 0.359543 and KURT = −0.151799637.
    const data = [3, 4, 5, 2, 3, 4, 5, 6, 4, 7];
    expect(skewness(data)).toBeCloseTo(0.359543, 6);
    expect(kurtosis(data)).toBeCloseTo(-0.151799637, 9);
  });

  it('matches a hand computation', () => {
    // 1, 2, 3, 4, 10: mean 4, deviations −3, −2, −1, 0, 6.
    // Σd² = 9 + 4 + 1 + 0 + 36 = 50; Σd³ = −27 − 8 − 1 + 0 + 216 = 180;
    // Σd⁴ = 81 + 16 + 1 + 0 + 1296 = 1394; n = 5.
    // g1 = √5 × 180 / 50^1.5; G1 = g1 × √(5 × 4) / 3.
    // g2 = 5 × 1394 / 50² = 2.788; G2 = ((6 × (2.788 − 3) + 6) × 4) / (3 × 2) = 3.152.
    const x = [1, 2, 3, 4, 10];
    expect(mean(x)).toBe(4);
    expect(sampleSd(x)).toBeCloseTo(Math.sqrt(50 / 4), 14);
    expect(skewness(x)).toBeCloseTo(((Math.sqrt(5) * 180) / 50 ** 1.5) * (Math.sqrt(20) / 3), 12);
    expect(kurtosis(x)).toBeCloseTo(3.152, 12);
  });

  it('is undefined (NaN) with too few values or values all equal', () => {
    expect(skewness([1, 2])).toBeNaN();
    expect(kurtosis([1, 2, 3])).toBeNaN();
    expect(skewness([0.1, 0.1, 0.1, 0.1])).toBeNaN();
    expect(kurtosis([0.1, 0.1, 0.1, 0.1])).toBeNaN();
    expect(sampleSd([4])).toBeNaN();
    expect(sampleSd([0.1, 0.1, 0.1])).toBe(0);
    expect(mean([])).toBeNaN();
  });

  it('keeps only the values present', () => {
    expect(Array.from(presentValues([1, NaN, 3, Infinity]))).toEqual([1, 3]);
  });
});
