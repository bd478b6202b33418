import { describe, expect, it } from 'vitest';
import { growthColumn, resolveGrowth, resolveLevelShare } from '../../../../src-shared/engine/scoring';
import { kaopingError, matrix } from '../helpers';
import { expectClose, keys, scoreOne } from './helpers';

// Growth against the previous period and the stock/increment blend (domain notes rule R4).

/** The previous period's values of L, in another unit order and with a unit not scored now. */
const previousOf = (byUnit: Record<string, number>) => {
  const units = Object.keys(byUnit).reverse();
  return matrix([...units, 'gone'], ['L'], [...units.map((u) => [byUnit[u]]), [1]]);
};

describe('growth', () => {
  // previous 1, 100, 50, 0, (none); now 5, 110, 40, 10, 20.
  const now = [5, 110, 40, 10, 20];
  const previous = previousOf({ u1: 1, u2: 100, u3: 50, u4: 0 });

  it('caps relative growth at ±100% by default so a tiny base cannot dominate', () => {
    // g = 100 (x − p) / |p|: u1 400 → capped 100, u2 10, u3 −20; u4 base 0, u5 no base.
    // min-max over 100, 10, −20: (g + 20) / 120 → 1, 0.25, 0.
    const r = scoreOne(now, { scoring: 'growth' }, {}, { previous });
    expectClose(r.scores, [100, 25, 0, NaN, NaN]);
    expect(r.nm.warnings).toEqual([
      { key: 'engine.scoring.growthNoBase', params: { indicator: 'L', count: 2, units: 'u4, u5' }, indicator: 'L' },
    ]);
  });

  it('takes the cap from the scheme, or none', () => {
    // cap 15: 100 → 15, 10, −15 → (g + 15) / 30 → 1, 25/30, 0.
    expectClose(scoreOne(now, { scoring: 'growth' }, { growth: { cap: 15 } }, { previous }).scores, [100, (25 / 30) * 100, 0, NaN, NaN]);
    // No cap: 400, 10, −20 → (g + 20) / 420.
    expectClose(scoreOne(now, { scoring: 'growth' }, { growth: { cap: null } }, { previous }).scores, [100, (30 / 420) * 100, 0, NaN, NaN]);
  });

  it('measures absolute growth x − p, uncapped by default, where a base of 0 is fine', () => {
    // g = 4, 10, −10, 10; (g + 10) / 20 → 0.7, 1, 0, 1.
    expectClose(scoreOne(now, { scoring: 'growth' }, { growth: { mode: 'absolute' } }, { previous }).scores, [70, 100, 0, 100, NaN]);
    // cap 5: 4, 5, −5, 5 → (g + 5) / 10 → 0.9, 1, 0, 1.
    expectClose(
      scoreOne(now, { scoring: 'growth' }, { growth: { mode: 'absolute', cap: 5 } }, { previous }).scores,
      [90, 100, 0, 100, NaN],
    );
  });

  it('rewards a fall for a lower-is-better indicator', () => {
    // y = −g: −100, −10, 20 → (y + 100) / 120 → 0, 0.75, 1.
    expectClose(scoreOne(now, { scoring: 'growth', direction: -1 }, {}, { previous }).scores, [0, 75, 100, NaN, NaN]);
  });

  it('uses |p| for a negative base', () => {
    // p = −10, x = −5: 100 × 5 / 10 = +50 (an improvement), not −50.
    expect(Array.from(growthColumn([-5], [-10], resolveGrowth(undefined)).values)).toEqual([50]);
  });

  it('is missing, with a warning, without a previous period', () => {
    const r = scoreOne([1, 2], { scoring: 'growth' });
    expectClose(r.scores, [NaN, NaN]);
    expect(keys(r.nm)).toEqual(['engine.scoring.growthNoPrevious']);
  });

  it('refuses a cap that is not above 0', () => {
    expect(kaopingError(() => scoreOne([1], { scoring: 'growth' }, { growth: { cap: 0 } })).key).toBe('engine.scoring.invalidGrowthCap');
  });
});

describe('blend', () => {
  // Stock 10, 20, 40 a year after 5, 20, 50.
  const now = [10, 20, 40];
  const previous = previousOf({ u1: 5, u2: 20, u3: 50 });
  // Level: min-max of 10, 20, 40 → 0, 100/3, 100.
  // Growth: 100, 0, −20 (%) → (g + 20) / 120 → 100, 100/6, 0.
  const level = [0, 100 / 3, 100];
  const growth = [100, 100 / 6, 0];

  it('is 30% level + 70% growth by default', () => {
    // u1: 0.3 × 0 + 0.7 × 100 = 70; u2: 10 + 11.67 = 21.67; u3: 30 + 0 = 30.
    const r = scoreOne(now, { scoring: 'blend' }, {}, { previous });
    expectClose(r.scores, [70, 0.3 * level[1] + 0.7 * growth[1], 30]);
    // The village with the smallest stock comes first on its growth.
    expect(r.scores[0]).toBeGreaterThan(r.scores[2]);
  });

  it('takes the level share from the scheme', () => {
    expectClose(scoreOne(now, { scoring: 'blend' }, { blend: { levelShare: 0.5 } }, { previous }).scores, [50, 25, 50]);
    expectClose(scoreOne(now, { scoring: 'blend' }, { blend: { levelShare: 1 } }, { previous }).scores, level);
  });

  it('uses the level part alone where the growth part is missing', () => {
    // u2 has no base: its score is its level part, 100/3. u1 and u3: growth 100 and −20 → 100, 0.
    const r = scoreOne(now, { scoring: 'blend' }, {}, { previous: previousOf({ u1: 5, u3: 50 }) });
    expectClose(r.scores, [0.3 * 0 + 0.7 * 100, 100 / 3, 0.3 * 100 + 0.7 * 0]);
    expect(keys(r.nm)).toEqual(['engine.scoring.growthNoBase']);
    // Without any previous period, the level part alone for everyone.
    expectClose(scoreOne(now, { scoring: 'blend' }).scores, level);
  });

  it('uses the growth part alone where the level is the same for all', () => {
    // Level 10, 10, 10 (constant); growth 100, 0, −80 → (g + 80) / 180 → 1, 4/9, 0.
    const r = scoreOne([10, 10, 10], { scoring: 'blend' }, {}, { previous: previousOf({ u1: 5, u2: 10, u3: 50 }) });
    expectClose(r.scores, [100, 400 / 9, 0]);
    expect(r.nm.warnings).toEqual([]);
  });

  it('refuses a level share outside [0, 1]', () => {
    expect(resolveLevelShare(undefined)).toBe(0.3);
    expect(kaopingError(() => resolveLevelShare({ levelShare: 1.5 })).key).toBe('engine.scoring.invalidLevelShare');
  });
});
