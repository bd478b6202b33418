import { describe, expect, it } from 'vitest';
import { attributePeers, nearestUnits, type PeerCandidate } from '../../../../src-shared/engine/peers';
import { matrix } from '../helpers';

const c = (code: string, parent: string | null, level: string | null, category: string | null): PeerCandidate => ({ code, parent, level, category });
const units = [
  c('A', 'T1', 'village', '集聚提升'),
  c('B', 'T1', 'village', '城郊融合'),
  c('C', 'T2', 'village', '集聚提升'),
  c('D', 'T2', 'village', null),
  c('T1', null, 'township', null),
];

describe('attributePeers', () => {
  it('finds the units of the same category, township and level, never the unit itself', () => {
    expect(attributePeers(units, 'A', { kind: 'category' })).toEqual(['C']);
    expect(attributePeers(units, 'A', { kind: 'township' })).toEqual(['B']);
    expect(attributePeers(units, 'A', { kind: 'level' })).toEqual(['B', 'C', 'D']);
  });

  it('gives no peers by an attribute the unit lacks', () => {
    expect(attributePeers(units, 'D', { kind: 'category' })).toEqual([]);
    expect(attributePeers(units, 'T1', { kind: 'township' })).toEqual([]);
  });

  it('keeps the listed candidates in candidate order, without the unit and without unknown codes', () => {
    expect(attributePeers(units, 'A', { kind: 'list', members: ['D', 'A', 'X', 'B'] })).toEqual(['B', 'D']);
    expect(attributePeers(units, 'X', { kind: 'list', members: ['A'] })).toEqual([]);
  });
});

describe('nearestUnits', () => {
  /** Endowments E1 (population) and E2 (area), target U:
   *   E1: U 10, P 12, Q 20, R 30, S 10   mean 16.4, deviations −6.4 −4.4 3.6 13.6 −6.4, sd² = 299.2/5 = 59.84
   *   E2: U 5,  P 5,  Q 6,  R NaN, S 9   mean 6.25 over four, sd √(10.75/4) = √2.6875
   * z-distances to U (d² = Σ (Δ/sd)²):
   *   P: 2²/59.84 + 0 = 0.066845           -> d = 0.25854
   *   Q: 10²/59.84 + 1²/2.6875 = 1.67112 + 0.37209 = 2.04321 -> d = 1.42941
   *   R: only E1 shared: 20²/59.84 = 6.68449, scaled by M/m = 2 -> 13.36898 -> d = 3.65636
   *   S: 0 + 4²/2.6875 = 5.95349           -> d = 2.43998 */
  const m = matrix(['U', 'P', 'Q', 'R', 'S'], ['E1', 'E2', 'X'], [
    [10, 5, 1],
    [12, 5, 1],
    [20, 6, 1],
    [30, NaN, 1],
    [10, 9, 1],
  ]);

  it('ranks by standardised Euclidean distance, scaling a pair with a missing value back to every column', () => {
    const got = nearestUnits(m, 'U', ['E1', 'E2'], 4, true);
    expect(got.map((g) => g.code)).toEqual(['P', 'Q', 'S', 'R']);
    expect(got.map((g) => g.distance)).toEqual([0.25854, 1.42941, 2.43998, 3.65636].map((d) => expect.closeTo(d, 4)));
  });

  it('keeps k and leaves out a constant column (X separates nobody)', () => {
    expect(nearestUnits(m, 'U', ['E1', 'E2', 'X'], 2, true).map((g) => g.distance)).toEqual([expect.closeTo(0.25854, 4), expect.closeTo(1.42941, 4)]);
  });

  it('uses values as they are for the normalised profile, ties in unit order', () => {
    // raw E2 only: P 0, Q 1, S 4; R has no E2 and is no candidate
    expect(nearestUnits(m, 'U', ['E2'], 5, false)).toEqual([
      { code: 'P', distance: 0 },
      { code: 'Q', distance: 1 },
      { code: 'S', distance: 4 },
    ]);
    const tie = matrix(['U', 'B', 'A'], ['E'], [[5], [6], [4]]);
    expect(nearestUnits(tie, 'U', ['E'], 2, false).map((g) => g.code)).toEqual(['B', 'A']);
  });

  it('finds nobody for an unknown unit, no usable column or k below 1', () => {
    expect(nearestUnits(m, 'Z', ['E1'], 2, true)).toEqual([]);
    expect(nearestUnits(m, 'U', ['X', 'nope'], 2, true)).toEqual([]);
    expect(nearestUnits(m, 'U', ['E1'], 0, true)).toEqual([]);
  });
});
