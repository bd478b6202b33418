import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree, explainUnit, normaliseMinMax, scoreStandard } from '../../../src-shared/engine';
import { ind, matrix } from './helpers';

// Random data on a fixed two-level tree with a bonus and a penalty item.
const indicators = [
  ind('G1', null, 2),
  ind('L1', 'G1', 1),
  ind('L2', 'G1', 2, { direction: -1 }),
  ind('G2', null, 1),
  ind('L3', 'G2', 1),
  ind('VB', null, 3, { kind: 'bonus' }),
  ind('VP', null, 2, { kind: 'penalty' }),
];
const leaves = ['L1', 'L2', 'L3', 'VB', 'VP'];
const cell = fc.oneof(fc.constant(NaN), fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const rows = fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 });
const seed = { seed: 20240601, numRuns: 200 };

describe('properties of the standard computation', () => {
  it('does not depend on the order of units', () => {
    fc.assert(
      fc.property(rows, fc.integer(), (data, shift) => {
        const units = data.map((_, i) => `u${i}`);
        const r = scoreStandard(indicators, matrix(units, leaves, data));
        const k = ((shift % units.length) + units.length) % units.length;
        const order = [...units.slice(k), ...units.slice(0, k)].reverse();
        const p = scoreStandard(indicators, matrix(order, leaves, order.map((u) => data[units.indexOf(u)])));
        order.forEach((u, j) => {
          const i = units.indexOf(u);
          expect(p.rank[j]).toBe(r.rank[i]);
          expect(Object.is(p.total[j], r.total[i])).toBe(true);
        });
      }),
      seed,
    );
  });

  it('keeps normalised scores in the range, sums contributions to the base and ranks 1 first', () => {
    fc.assert(
      fc.property(rows, (data) => {
        const units = data.map((_, i) => `u${i}`);
        const m = matrix(units, leaves, data);
        const r = scoreStandard(indicators, m, { range: [10, 20] });
        for (const code of r.leaves) for (const v of r.nodes[code]) if (!Number.isNaN(v)) expect(v >= 10 && v <= 20).toBe(true);
        const tree = buildTree(indicators);
        const nm = normaliseMinMax(tree, m, [10, 20]);
        units.forEach((_, i) => {
          const sum = explainUnit(tree, nm, i).leaves.reduce((s, l) => s + l.contribution, 0);
          if (Number.isNaN(r.base[i])) expect(sum).toBe(0);
          else expect(Math.abs(sum - r.base[i])).toBeLessThan(1e-9 * Math.max(1, Math.abs(r.base[i])));
        });
        const ranked = Array.from(r.rank).filter((x) => x > 0);
        if (ranked.length > 0) expect(Math.min(...ranked)).toBe(1);
      }),
      seed,
    );
  });
});
