import { describe, expect, it } from 'vitest';
import { classifyQuadrants, dimensionComparison, indicatorStandings, strengthsAndWeaknesses } from '../../../../src-shared/engine/peers';

const col = (entries: Record<string, number>) => new Map(Object.entries(entries));

/** Unit U against peers P1–P4.
 *   income (↑):    U 50; peers 40 60 30 NaN  -> median 40, gap +10, beats 40 30 of 3 -> 66.67, best 60
 *   petitions (↓): U 2;  peers 1 2 5 8       -> median 3.5, gap −1.5, better than 5 8, ties 2 -> (2 + .5)/4 = 62.5, best 1
 *   green (↑):     U 10; peers 20 30 40 50   -> median 35, gap −25, 0, best 50
 *   roads (↑):     U NaN                     -> no percentile */
const columns = [
  { code: 'income', direction: 1 as const, raw: col({ U: 50, P1: 40, P2: 60, P3: 30, P4: NaN }) },
  { code: 'petitions', direction: -1 as const, raw: col({ U: 2, P1: 1, P2: 2, P3: 5, P4: 8 }) },
  { code: 'green', direction: 1 as const, raw: col({ U: 10, P1: 20, P2: 30, P3: 40, P4: 50 }) },
  { code: 'roads', direction: 1 as const, raw: col({ P1: 1 }) },
];
const peers = ['P1', 'P2', 'P3', 'P4'];

describe('indicatorStandings', () => {
  const s = indicatorStandings('U', peers, columns);

  it('gives value, peer median, gap in raw units, percentile and best peer', () => {
    const brief = s.map((x) => [x.code, x.value, x.peerMedian, x.gap, x.peerBest, x.peersWithValue]);
    expect(brief).toEqual([
      ['income', 50, 40, 10, 60, 3],
      ['petitions', 2, 3.5, -1.5, 1, 4],
      ['green', 10, 35, -25, 50, 4],
      ['roads', NaN, 1, NaN, 1, 1],
    ]);
    expect(s[0].percentile).toBeCloseTo(200 / 3, 10);
    expect(s[1].percentile).toBe(62.5);
    expect(s[2].percentile).toBe(0);
    expect(s[3].percentile).toBeNaN();
  });

  it('picks strengths by highest percentile and weaknesses by lowest, never the same one twice', () => {
    const { strengths, weaknesses } = strengthsAndWeaknesses(s, 1);
    expect(strengths.map((x) => x.code)).toEqual(['income']);
    expect(weaknesses.map((x) => x.code)).toEqual(['green']);
    const all = strengthsAndWeaknesses(s, 2);
    expect(all.strengths.map((x) => x.code)).toEqual(['income', 'petitions']);
    expect(all.weaknesses.map((x) => x.code)).toEqual(['green']);
  });

  it('breaks equal percentiles by the direction-aware gap relative to the peer median', () => {
    // both at 100: a leads by 10/100 = 0.1, b by 5/10 = 0.5 -> b first
    const tied = indicatorStandings('U', ['P'], [
      { code: 'a', direction: 1, raw: col({ U: 110, P: 100 }) },
      { code: 'b', direction: 1, raw: col({ U: 15, P: 10 }) },
    ]);
    expect(strengthsAndWeaknesses(tied, 1).strengths.map((x) => x.code)).toEqual(['b']);
    expect(strengthsAndWeaknesses(tied, 1).weaknesses.map((x) => x.code)).toEqual(['a']);
  });
});

describe('dimensionComparison', () => {
  it('gives the unit, the peer median and the peer best', () => {
    const d = dimensionComparison('U', ['P1', 'P2', 'P3'], [{ code: 'D1', scores: col({ U: 70, P1: 60, P2: 90, P3: 65 }) }]);
    expect(d).toEqual([{ code: 'D1', value: 70, peerMedian: 65, peerBest: 90 }]);
  });
});

describe('classifyQuadrants', () => {
  it('splits at the medians, a value on the median counting as at or above', () => {
    // levels 80 60 70 50 -> median 65; improvements 5 3 −2 −4 -> median 0.5; Z (missing) left out
    const q = classifyQuadrants([
      { code: 'A', level: 80, improvement: 5 },
      { code: 'B', level: 60, improvement: 3 },
      { code: 'C', level: 70, improvement: -2 },
      { code: 'D', level: 50, improvement: -4 },
      { code: 'Z', level: 99, improvement: NaN },
    ]);
    expect(q.levelMedian).toBe(65);
    expect(q.improvementMedian).toBe(0.5);
    expect(q.points.map((p) => [p.code, p.quadrant])).toEqual([
      ['A', 'strong'],
      ['B', 'catchingUp'],
      ['C', 'fallingBehind'],
      ['D', 'lagging'],
    ]);
    const onMedian = classifyQuadrants([
      { code: 'A', level: 1, improvement: 1 },
      { code: 'B', level: 2, improvement: 2 },
      { code: 'C', level: 3, improvement: 3 },
    ]);
    expect(onMedian.points.map((p) => p.quadrant)).toEqual(['lagging', 'strong', 'strong']);
  });
});
