import { describe, expect, it } from 'vitest';
import { rankBounds } from '../../../../src-shared/engine';
import { asem } from './rank-asem-data';
import { expectSound } from './rank-check';

// The rank certificate on real data nobody on the project wrote: the ASEM Sustainable
// Connectivity fixture (51 countries, 49 indicators with 63 missing values, four levels).

describe('rank bounds on the ASEM data', () => {
  it('never contradicts rescoring at random weights in the box (missing values, four levels)', () => {
    const input = asem('workbook-unequal-weights');
    for (const unit of ['AUT', 'CHN', 'IND', 'NZL']) {
      expect(expectSound(input, unit, { relative: 0.3 }, (lo, hi) => boxPoints(lo, hi)).checked).toBeGreaterThan(1000);
    }
  });

  it('reaches no rank beyond its limits, and proves some, with every weight within ±25%', () => {
    // Every tenth country (the whole fixture takes a minute; docs/sensitivity.md has its figures).
    const input = asem('workbook');
    let proven = 0;
    const units = input.matrix.unitCodes.filter((_, k) => k % 10 === 0);
    for (const unit of units) {
      const res = rankBounds(input, unit, { relative: 0.25 });
      expect(res.best.rank!).toBeGreaterThanOrEqual(res.best.limit!);
      expect(res.worst.rank!).toBeLessThanOrEqual(res.worst.limit!);
      expect(res.best.rank!).toBeLessThanOrEqual(res.nominal!);
      expect(res.worst.rank!).toBeGreaterThanOrEqual(res.nominal!);
      proven += Number(res.best.proven) + Number(res.worst.proven);
    }
    // Measured: 4 of 12; a floor, so a regression shows.
    expect(proven).toBeGreaterThanOrEqual(4);
  }, 120_000);
});

/** 60 seeded random weight vectors of the box (too many weights for every vertex). */
function boxPoints(lo: Float64Array, hi: Float64Array): Float64Array[] {
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: 60 }, (_, s) => Float64Array.from(lo, (l, k) => (s % 3 === 0 ? (rnd() < 0.5 ? l : hi[k]) : l + rnd() * (hi[k] - l))));
}
