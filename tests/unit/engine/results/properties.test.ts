import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree, explainUnit, scoreScheme } from '../../../../src-shared/engine';
import type { ScoringMethod } from '../../../../src-shared/model';
import type { NodeAggregation, ScoringScheme } from '../../../../src-shared/engine/scheme';
import { normaliseScheme } from '../../../../src-shared/engine/scoring';
import { ind, matrix } from '../helpers';

// Property tests of scoring schemes (fast-check, fixed seeds). A tree of two dimensions, one
// leaf lower-is-better, with a target, fixed bounds and full points on every leaf so that every
// scoring method has what it needs.
const leafFields = { target: 1000, typicalMin: -1000, typicalMax: 1000 };
const indicators = [
  ind('D1', null, 2),
  ind('L1', 'D1', 1, leafFields),
  ind('L2', 'D1', 2, { ...leafFields, direction: -1 }),
  ind('L3', 'D1', 1, leafFields),
  ind('D2', null, 1),
  ind('L4', 'D2', 50, leafFields),
  ind('L5', 'D2', 30, leafFields),
];
const withItems = [
  ...indicators,
  ind('VB', null, 3, { kind: 'bonus' }),
  ind('VP', null, 2, { kind: 'penalty' }),
  ind('VV', null, 0, { kind: 'veto' }),
];
const leaves = ['L1', 'L2', 'L3', 'L4', 'L5'];
const scored = ['D1', 'D2', ...leaves];
const weightOf = new Map(indicators.map((i) => [i.code, i.weight]));
const CATEGORIES = ['x', 'y', null] as const;
const seed = (s: number) => ({ seed: s, numRuns: 120 });

const value = fc.integer({ min: 0, max: 40 });
const cell = fc.oneof({ weight: 1, arbitrary: fc.constant(NaN) }, { weight: 7, arbitrary: value });
const rowsArb = (width: number, cells = cell) => fc.array(fc.array(cells, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 12 });
const METHODS: NodeAggregation[] = ['arithmetic', 'geometric', 'topsis'];
/** Geometric means need scores above 0. */
const schemeFor = (method: NodeAggregation): ScoringScheme => (method === 'geometric' ? { aggregate: method, range: [1, 100] } : { aggregate: method });
const categoriesOf = (n: number) => Array.from({ length: n }, (_, i) => CATEGORIES[i % 3]);
const scoreOrNull = (...args: Parameters<typeof scoreScheme>) => {
  try {
    return scoreScheme(...args);
  } catch {
    return null; // e.g. a geometric mean meeting a constant column everywhere: refused alike
  }
};

describe('properties of scoring schemes', () => {
  it('scaling every weight by a constant leaves every score unchanged', () => {
    fc.assert(
      fc.property(rowsArb(5), fc.constantFrom(...METHODS), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.boolean(), (rows, method, c, byCategory) => {
        const units = rows.map((_, i) => `u${i}`);
        const m = matrix(units, leaves, rows);
        const context = { categories: categoriesOf(units.length) };
        const own = { L4: 5, D2: 3 };
        const base: ScoringScheme = { ...schemeFor(method), minDataShare: 0.4, ...(byCategory ? { categoryWeights: { y: own } } : {}) };
        const r = scoreOrNull(indicators, m, base, context);
        if (!r) return;
        const scaled: ScoringScheme = {
          ...base,
          weights: Object.fromEntries(scored.map((code) => [code, c * weightOf.get(code)!])),
          ...(byCategory ? { categoryWeights: { y: { L4: c * 5, D2: c * 3 } } } : {}),
        };
        const s = scoreScheme(indicators, m, scaled, context);
        for (const code of ['D1', 'D2']) {
          r.nodes[code].forEach((v, i) => {
            if (Number.isNaN(v)) expect(s.nodes[code][i]).toBeNaN();
            else expect(Math.abs(s.nodes[code][i] - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
          });
        }
        r.total.forEach((v, i) => {
          if (Number.isNaN(v)) expect(s.total[i]).toBeNaN();
          else expect(Math.abs(s.total[i] - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
        });
      }),
      seed(11),
    );
  });

  it('does not depend on the order of units (totals to the last bit, ranks, grades, ties)', () => {
    const schemes: ScoringScheme[] = [
      { scoring: 'zscore', grades: { labels: ['A', 'B'], quotas: [{ grade: 'A', share: 0.5 }] } },
      { aggregate: 'topsis', vetoEffect: 'exclude' },
      { aggregationByNode: { D1: 'topsis' }, categoryWeights: { x: { D1: 1 } }, minDataShare: 0.5 },
      {
        scoring: 'rank',
        bonusCap: 2,
        floor: 20,
        grades: { labels: ['A', 'B', 'C'], quotas: [{ grade: 'A', share: 0.3 }, { grade: 'B', count: 2, perCategory: true }] },
      },
      { scoring: 'efficacy', vetoEffect: 'noTopGrade', grades: { labels: ['A', 'B', 'C', 'D'], thresholds: [90, 75, 60], quotas: [{ grade: 'A', count: 1 }] } },
      { aggregate: 'geometric', range: [1, 100], normaliseWithin: 'category', scoring: 'minmax' },
    ];
    const rowCell = fc.tuple(fc.array(cell, { minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(rowCell, { minLength: 2, maxLength: 12 }), fc.constantFrom(...schemes.keys()), fc.integer(), (rows, s, shift) => {
        const units = rows.map((_, i) => `u${i}`);
        const cats = categoriesOf(units.length);
        const build = (order: number[]) =>
          scoreOrNull(
            withItems,
            matrix(order.map((k) => units[k]), [...leaves, 'VB', 'VP', 'VV'], order.map((k) => [...rows[k][0], rows[k][1], rows[k][2], rows[k][3] ? 1 : 0])),
            schemes[s],
            { categories: order.map((k) => cats[k]) },
          );
        const identity = units.map((_, i) => i);
        const k = ((shift % units.length) + units.length) % units.length;
        const order = [...identity.slice(k), ...identity.slice(0, k)].reverse();
        const r = build(identity);
        const p = build(order);
        if (!r || !p) {
          expect(r).toBe(p);
          return;
        }
        order.forEach((i, j) => {
          expect(Object.is(p.total[j], r.total[i])).toBe(true);
          expect([p.rank[j], p.rankInCategory[j], p.grade[j], p.boundaryTie[j], p.excluded[j]]).toEqual([
            r.rank[i],
            r.rankInCategory[i],
            r.grade[i],
            r.boundaryTie[i],
            r.excluded[i],
          ]);
        });
      }),
      seed(12),
    );
  });

  it('keeps min-max scores, and every aggregate under every method, in the output range', () => {
    fc.assert(
      fc.property(rowsArb(5), fc.constantFrom(...METHODS), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 200 }), (rows, method, lo, width) => {
        const units = rows.map((_, i) => `u${i}`);
        const range: [number, number] = method === 'geometric' ? [1 + Math.abs(lo), 1 + Math.abs(lo) + width] : [lo, lo + width];
        const r = scoreOrNull(indicators, matrix(units, leaves, rows), { aggregate: method, range, scoring: 'minmax' });
        if (!r) return;
        for (const code of [...leaves, 'D1', 'D2']) {
          for (const v of r.nodes[code]) if (!Number.isNaN(v)) expect(v >= range[0] - 1e-9 && v <= range[1] + 1e-9, `${code} ${v}`).toBe(true);
        }
        for (const v of r.base) if (!Number.isNaN(v)) expect(v >= range[0] - 1e-9 && v <= range[1] + 1e-9).toBe(true);
      }),
      seed(13),
    );
  });

  it('explains every unit with contributions that sum to its base', () => {
    const weightsArb = fc.dictionary(fc.constantFrom(...scored), fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true })));
    fc.assert(
      fc.property(rowsArb(5), weightsArb, weightsArb, fc.constantFrom(0, 0.3, 0.6), (rows, weights, own, minDataShare) => {
        const units = rows.map((_, i) => `u${i}`);
        const m = matrix(units, leaves, rows);
        const scheme: ScoringScheme = { weights, categoryWeights: { x: own }, minDataShare };
        const context = { categories: categoriesOf(units.length) };
        const r = scoreScheme(indicators, m, scheme, context);
        const tree = buildTree(indicators);
        const nm = normaliseScheme(tree, m, scheme, context);
        units.forEach((_, i) => {
          const e = explainUnit(tree, nm, i, scheme, context);
          expect(e.additive).toBe(true);
          const sum = e.leaves.reduce((s, l) => s + l.contribution, 0);
          if (Number.isNaN(r.base[i])) expect(sum).toBe(0);
          else expect(Math.abs(sum - r.base[i])).toBeLessThan(1e-9 * Math.max(1, Math.abs(r.base[i])));
        });
      }),
      seed(14),
    );
  });

  it('ranks first a unit that is best on every indicator, under every method', () => {
    const scorings: ScoringMethod[] = ['minmax', 'efficacy', 'zscore', 'rank', 'fixed', 'target', 'points'];
    fc.assert(
      fc.property(
        rowsArb(5, value),
        fc.constantFrom(...METHODS),
        fc.constantFrom(...scorings),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
        fc.nat(),
        (rows, method, scoring, margins, at) => {
          // The best unit: above every other unit's value on each leaf (below, for L2).
          const best = leaves.map((code, j) => {
            const column = rows.map((r) => r[j]);
            return code === 'L2' ? Math.min(...column) - margins[j] : Math.max(...column) + margins[j];
          });
          const all = [...rows];
          all.splice(at % (rows.length + 1), 0, best);
          const units = all.map((_, i) => `u${i}`);
          const r = scoreScheme(indicators, matrix(units, leaves, all), { ...schemeFor(method), scoring });
          expect(r.rank[units.indexOf(`u${at % (rows.length + 1)}`)]).toBe(1);
        },
      ),
      seed(15),
    );
  });

  it('ranks first a best unit under min-max even when the others miss values', () => {
    fc.assert(
      fc.property(rowsArb(5), fc.constantFrom(...METHODS), (rows, method) => {
        const best = leaves.map((code, j) => {
          const column = rows.map((r) => r[j]).filter((v) => !Number.isNaN(v));
          if (column.length === 0) return 0;
          return code === 'L2' ? Math.min(...column) - 1 : Math.max(...column) + 1;
        });
        const units = ['best', ...rows.map((_, i) => `u${i}`)];
        const r = scoreOrNull(indicators, matrix(units, leaves, [best, ...rows]), schemeFor(method));
        if (!r || Number.isNaN(r.total[0])) return;
        expect(r.rank[0]).toBe(1);
      }),
      seed(16),
    );
  });
});
