import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreScheme } from '../../../../src-shared/engine';
import { createRescorer } from '../../../../src-shared/engine/results';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { ind, kaopingError, matrix } from '../helpers';

// A two-level tree with bonus, penalty and veto items; random data, random weights.
const indicators = [
  ind('G1', null, 2),
  ind('L1', 'G1', 1),
  ind('L2', 'G1', 2, { direction: -1 }),
  ind('L3', 'G1', 1),
  ind('G2', null, 1),
  ind('L4', 'G2', 1),
  ind('L5', 'G2', 3),
  ind('VB', null, 3, { kind: 'bonus' }),
  ind('VP', null, 2, { kind: 'penalty' }),
  ind('VV', null, 0, { kind: 'veto' }),
];
const columns = ['L1', 'L2', 'L3', 'L4', 'L5', 'VB', 'VP', 'VV'];
const weighted = ['G1', 'G2', 'L1', 'L2', 'L3', 'L4', 'L5', 'VB', 'VP'];
const schemes: ScoringScheme[] = [
  {},
  { aggregate: 'geometric', range: [1, 100] },
  { aggregate: 'topsis' },
  { aggregationByNode: { G1: 'topsis' }, minDataShare: 0.5 },
  { categoryWeights: { x: { G1: 1, L5: 0 }, y: { VB: 1 } }, bonusCap: 2, penaltyCap: 1, floor: 10 },
  { vetoEffect: 'exclude', grades: { labels: ['A', 'B', 'C'], thresholds: [70, 40], quotas: [{ grade: 'A', share: 0.3, perCategory: true }] } },
  { scoring: 'efficacy', minDataShare: 0.7 },
  { scoring: 'rank', aggregate: 'topsis', categoryWeights: { y: { G2: 5 } } },
];

const cell = fc.oneof({ weight: 1, arbitrary: fc.constant(NaN) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }) });
const data = fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 2, maxLength: 15 });
const weightsArb = fc.dictionary(fc.constantFrom(...weighted), fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true })));

describe('the rescorer', () => {
  it('gives the totals and ranks of scoreScheme for any weights (to 1e-9)', () => {
    fc.assert(
      fc.property(data, fc.constantFrom(...schemes.keys()), fc.array(weightsArb, { minLength: 1, maxLength: 3 }), (rows, s, weightSets) => {
        const units = rows.map((_, i) => `u${i}`);
        const m = matrix(units, columns, rows.map((r) => r.map((v, j) => (j === 7 ? (Number.isNaN(v) ? NaN : v % 2) : v))));
        const context = { categories: units.map((_, i) => (i % 3 === 0 ? 'x' : i % 3 === 1 ? 'y' : null)) };
        const scheme = schemes[s];
        let rescorer;
        try {
          rescorer = createRescorer(indicators, m, scheme, context);
        } catch {
          return; // e.g. every leaf constant under geometric: scoreScheme refuses the same
        }
        for (const weights of weightSets) {
          let expected;
          try {
            expected = scoreScheme(indicators, m, { ...scheme, weights }, context);
          } catch (e) {
            expect(() => rescorer.rescore(weights)).toThrow((e as Error).message);
            continue;
          }
          const got = rescorer.rescore(weights);
          expected.total.forEach((t, i) => {
            if (Number.isNaN(t)) expect(got.total[i]).toBeNaN();
            else expect(Math.abs(got.total[i] - t)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(t)));
          });
          expect(Array.from(got.rank)).toEqual(Array.from(expected.rank));
          // The full result too.
          const full = rescorer.result(weights);
          expect(Array.from(full.grade)).toEqual(Array.from(expected.grade));
          expect(Array.from(full.rankInCategory)).toEqual(Array.from(expected.rankInCategory));
        }
      }),
      { seed: 20240602, numRuns: 150 },
    );
  });

  it('uses the scheme’s own weights when none are given, and checks the weights it is given', () => {
    const m = matrix(['a', 'b'], columns, [
      [1, 2, 3, 4, 5, 0, 0, 0],
      [5, 4, 3, 2, 1, 0, 0, 0],
    ]);
    const scheme: ScoringScheme = { weights: { G2: 0 } };
    const r = createRescorer(indicators, m, scheme);
    // G2 weight 0: the total is G1 alone. G1 = (L1 + 2·L2 + L3)/4 with L1 a 0 b 100, L2 (−1) a 100
    // b 0, L3 constant (missing): a (0 + 200)/3 = 66.67, b 100/3.
    const t = r.rescore();
    expect(t.total[0]).toBeCloseTo(200 / 3, 12);
    expect(t.total[1]).toBeCloseTo(100 / 3, 12);
    expect(Array.from(t.rank)).toEqual([1, 2]);
    expect(kaopingError(() => r.rescore({ Nope: 1 })).key).toBe('engine.unknownIndicator');
    expect(r.unitCodes).toEqual(['a', 'b']);
  });
});
