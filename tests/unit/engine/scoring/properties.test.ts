import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine';
import { normaliseScheme } from '../../../../src-shared/engine/scoring';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { SCORING_METHODS } from '../../../../src-shared/model';
import { ind, matrix } from '../helpers';
import { column } from './helpers';

// Properties of normaliseScheme on random data: every method stays in its range, and the
// result does not depend on the order of the units.

// One leaf per method, with what each needs (bounds, target, full points); two lower-is-better.
const tree = buildTree([
  ind('G', null),
  ind('MM', 'G', 1, { scoring: 'minmax' }),
  ind('FX', 'G', 1, { scoring: 'fixed', typicalMin: -100, typicalMax: 100, direction: -1 }),
  ind('EF', 'G', 1, { scoring: 'efficacy' }),
  ind('TG', 'G', 1, { scoring: 'target', target: 40 }),
  ind('ZS', 'G', 1, { scoring: 'zscore', direction: -1 }),
  ind('RK', 'G', 1, { scoring: 'rank' }),
  ind('PT', 'G', 10, { scoring: 'points' }),
  ind('GR', 'G', 1, { scoring: 'growth' }),
  ind('BL', 'G', 1, { scoring: 'blend' }),
]);
const leaves = [...tree.leaves];
const cell = fc.oneof(fc.constant(NaN), fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const row = fc.record({
  now: fc.array(cell, { minLength: leaves.length, maxLength: leaves.length }),
  before: fc.array(cell, { minLength: leaves.length, maxLength: leaves.length }),
  category: fc.constantFrom('甲', '乙', null),
});
const rows = fc.array(row, { minLength: 1, maxLength: 14 });
const scheme = fc.record({
  range: fc.constantFrom<[number, number]>([0, 100], [1, 100], [60, 100], [-5, 5], [0, 1]),
  normaliseWithin: fc.constantFrom<'all' | 'category'>('all', 'category'),
  outliers: fc.constantFrom<'none' | 'auto'>('none', 'auto'),
  growth: fc.record({ mode: fc.constantFrom<'relative' | 'absolute'>('relative', 'absolute'), cap: fc.constantFrom(null, 50, 100) }),
  blend: fc.record({ levelShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
});
const runs = { seed: 20240602, numRuns: 200 };

function evaluate(data: { now: number[]; before: number[]; category: string | null }[], units: string[], s: ScoringScheme) {
  const m = matrix(units, leaves, data.map((r) => r.now));
  const previous = matrix(units, leaves, data.map((r) => r.before));
  return normaliseScheme(tree, m, s, { previous, categories: data.map((r) => r.category) });
}

describe('properties of normaliseScheme', () => {
  it('keeps every method within its range; missing cells are 0 with mask 0', () => {
    fc.assert(
      fc.property(rows, scheme, (data, s) => {
        const units = data.map((_, i) => `u${i}`);
        const nm = evaluate(data, units, s);
        const [lo, hi] = s.range;
        const eps = 1e-9 * (hi - lo);
        nm.scores.forEach((v, k) => {
          if (nm.mask[k]) {
            expect(v).toBeGreaterThanOrEqual(lo - eps);
            expect(v).toBeLessThanOrEqual(hi + eps);
          } else expect(v).toBe(0);
        });
      }),
      runs,
    );
  });

  it('gives the best unit hi and the worst lo under min-max', () => {
    fc.assert(
      fc.property(rows, scheme, (data, s) => {
        const nm = evaluate(data, data.map((_, i) => `u${i}`), { ...s, normaliseWithin: 'all', outliers: 'none' });
        const scores = column(nm, 'MM').filter((v) => !Number.isNaN(v));
        if (scores.length === 0) return;
        expect(Math.min(...scores)).toBe(s.range[0]);
        expect(Math.max(...scores)).toBeCloseTo(s.range[1], 9);
      }),
      runs,
    );
  });

  it('does not depend on the order of the units', () => {
    fc.assert(
      fc.property(rows, scheme, fc.integer(), (data, s, shift) => {
        const units = data.map((_, i) => `u${i}`);
        const nm = evaluate(data, units, s);
        const k = ((shift % units.length) + units.length) % units.length;
        const order = [...units.slice(k), ...units.slice(0, k)].reverse();
        const other = evaluate(
          order.map((u) => data[units.indexOf(u)]),
          order,
          s,
        );
        expect(other.treatments).toEqual(nm.treatments);
        for (const code of leaves) {
          const a = column(nm, code);
          const b = column(other, code);
          order.forEach((u, j) => {
            const i = units.indexOf(u);
            if (Number.isNaN(a[i])) expect(b[j]).toBeNaN();
            else expect(b[j]).toBeCloseTo(a[i], 6);
          });
        }
      }),
      runs,
    );
  });

  it('covers every scoring method', () => {
    expect(new Set(leaves.map((c) => tree.byCode.get(c)!.scoring))).toEqual(new Set(SCORING_METHODS));
  });
});
