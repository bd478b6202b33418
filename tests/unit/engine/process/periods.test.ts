import { describe, expect, it } from 'vitest';
import { KaopingError } from '../../../../src-shared/api/errors';
import {
  alignPeriodScores,
  periodWeighted,
  periodWeightedScores,
  quarterlyPeriodWeights,
  type PeriodPart,
} from '../../../../src-shared/engine/process';

const f = (...v: number[]) => Float64Array.from(v);

function thrown(fn: () => unknown): KaopingError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KaopingError);
    return e as KaopingError;
  }
  throw new Error('expected a KaopingError');
}

/** Longquan's rule: Q1 15, Q2 10, Q3 10, Q4 15, year 50. Three units; U2 has no Q2 score,
 * U3 only a year score. */
const UNITS = ['U1', 'U2', 'U3'];
const PARTS: PeriodPart[] = [
  { period: '2025Q1', weight: 15, total: f(80, 60, NaN) },
  { period: '2025Q2', weight: 10, total: f(90, NaN, NaN) },
  { period: '2025Q3', weight: 10, total: f(70, 100, NaN) },
  { period: '2025Q4', weight: 15, total: f(60, 80, NaN) },
  { period: '2025', weight: 50, total: f(100, 90, 40) },
];

describe('periodWeighted', () => {
  const r = periodWeighted(PARTS, UNITS);

  it('weights every period for a unit scored in all of them', () => {
    // U1: (15·80 + 10·90 + 10·70 + 15·60 + 50·100) / 100 = (1200 + 900 + 700 + 900 + 5000) / 100 = 87.
    expect(r.total[0]).toBeCloseTo(87, 12);
    expect(r.share[0]).toBe(1);
    expect(r.periodsPresent[0]).toBe(5);
  });

  it('renormalises over the periods a unit has a score in (one quarter missing)', () => {
    // U2 lacks Q2: (15·60 + 10·100 + 15·80 + 50·90) / (15 + 10 + 15 + 50)
    //            = (900 + 1000 + 1200 + 4500) / 90 = 7600 / 90 = 84.444…
    expect(r.total[1]).toBeCloseTo(7600 / 90, 12);
    expect(r.share[1]).toBeCloseTo(0.9, 12);
    expect(r.periodsPresent[1]).toBe(4);
    // U3 has only the year: its year score, on half the weight.
    expect(r.total[2]).toBe(40);
    expect(r.share[2]).toBe(0.5);
  });

  it('makes a total missing below minShare', () => {
    const strict = periodWeighted(PARTS, UNITS, { minShare: 0.6 });
    expect(strict.total[0]).toBeCloseTo(87, 12);
    expect(strict.total[1]).toBeCloseTo(7600 / 90, 12);
    expect(strict.total[2]).toBeNaN();
  });

  it('gives no total to a unit with no score, or scores only in periods of weight 0', () => {
    const out = periodWeighted(
      [
        { period: 'A', weight: 0, total: f(50, NaN) },
        { period: 'B', weight: 1, total: f(NaN, NaN) },
      ],
      ['U1', 'U2'],
    );
    expect(out.total[0]).toBeNaN();
    expect(out.total[1]).toBeNaN();
    expect(out.periodsPresent[0]).toBe(1);
    expect(out.share[0]).toBe(0);
  });

  it('only ratios of the weights matter', () => {
    const scaled = periodWeighted(PARTS.map((p) => ({ ...p, weight: p.weight / 100 })), UNITS);
    for (let i = 0; i < 3; i++) expect(scaled.total[i]).toBeCloseTo(r.total[i], 12);
  });

  it('refuses bad weights, repeated periods, wrong lengths and a bad minShare', () => {
    expect(thrown(() => periodWeighted([{ period: 'A', weight: -1, total: f(1) }], ['U'])).key).toBe('engine.process.invalidPeriodWeight');
    expect(thrown(() => periodWeighted([{ period: 'A', weight: NaN, total: f(1) }], ['U'])).key).toBe('engine.process.invalidPeriodWeight');
    expect(thrown(() => periodWeighted([{ period: 'A', weight: 0, total: f(1) }], ['U'])).key).toBe('engine.process.noPeriodWeight');
    expect(thrown(() => periodWeighted([], ['U'])).key).toBe('engine.process.noPeriodWeight');
    expect(
      thrown(() => periodWeighted([{ period: 'A', weight: 1, total: f(1) }, { period: 'A', weight: 1, total: f(2) }], ['U'])).key,
    ).toBe('engine.process.duplicatePeriod');
    expect(thrown(() => periodWeighted([{ period: 'A', weight: 1, total: f(1, 2) }], ['U'])).key).toBe('engine.process.periodLength');
    expect(thrown(() => periodWeighted(PARTS, UNITS, { minShare: 2 })).key).toBe('engine.process.invalidMinShare');
  });
});

describe('period weights from score results', () => {
  it('lines results up by unit code, whatever their order and membership', () => {
    const scores = [
      { period: '2025Q1', weight: 15, result: { unitCodes: ['U2', 'U1'], total: f(60, 80) } },
      { period: '2025Q2', weight: 10, result: { unitCodes: ['U1'], total: f(90) } },
      { period: '2025', weight: 50, result: { unitCodes: ['U1', 'U2', 'U3'], total: f(100, 90, 40) } },
    ];
    const { unitCodes, parts } = alignPeriodScores(scores);
    expect(unitCodes).toEqual(['U2', 'U1', 'U3']);
    expect([...parts[0].total]).toEqual([60, 80, NaN]);
    expect([...parts[1].total]).toEqual([NaN, 90, NaN]);
    const r = periodWeightedScores(scores, { unitCodes: ['U1', 'U2', 'U3'] });
    expect(r.unitCodes).toEqual(['U1', 'U2', 'U3']);
    // U1: (15·80 + 10·90 + 50·100) / 75 = 7100 / 75; U2: (15·60 + 50·90) / 65 = 5400 / 65; U3: 40.
    expect(r.total[0]).toBeCloseTo(7100 / 75, 12);
    expect(r.total[1]).toBeCloseTo(5400 / 65, 12);
    expect(r.total[2]).toBe(40);
  });

  it('refuses a result that lists a unit twice', () => {
    const scores = [{ period: 'A', weight: 1, result: { unitCodes: ['U1', 'U1'], total: f(1, 2) } }];
    expect(thrown(() => alignPeriodScores(scores)).key).toBe('engine.duplicateUnit');
  });

  it('spells out Longquan’s quarterly weights', () => {
    expect(quarterlyPeriodWeights(2025)).toEqual([
      { period: '2025Q1', weight: 15 },
      { period: '2025Q2', weight: 10 },
      { period: '2025Q3', weight: 10 },
      { period: '2025Q4', weight: 15 },
      { period: '2025', weight: 50 },
    ]);
  });
});
