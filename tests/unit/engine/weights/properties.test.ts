import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KaopingError } from '../../../../src-shared/api/errors';
import { buildTree, normaliseMinMax } from '../../../../src-shared/engine';
import { ahpWeights, objectiveWeights, OBJECTIVE_METHODS, type ObjectiveWeights } from '../../../../src-shared/engine/weights';
import { ind, matrix } from '../helpers';

// Raw data on four leaves (one lower-is-better), min-max normalised to [0, 1] as the service does.
const tree = buildTree([ind('G', null), ind('L1', 'G'), ind('L2', 'G', 1, { direction: -1 }), ind('L3', 'G'), ind('L4', 'G')]);
const leaves = ['L1', 'L2', 'L3', 'L4'];
const cell = fc.oneof(fc.constant(NaN), fc.integer({ min: -20, max: 20 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
const rows = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 15 });
const seed = { seed: 20250301, numRuns: 300 };

const unitCodes = (n: number): string[] => Array.from({ length: n }, (_, i) => `u${i}`);
const normalised = (codes: string[], data: number[][]) => normaliseMinMax(tree, matrix(codes, leaves, data), [0, 1]);

/** The weights, or null when the method refuses for want of data (checked to be right). */
function weightsOrNoData(data: number[][], method: (typeof OBJECTIVE_METHODS)[number]): ObjectiveWeights | null {
  const nm = normalised(unitCodes(data.length), data);
  try {
    return objectiveWeights(nm, method);
  } catch (e) {
    // Only when no column was normalised at all (each is then constant or empty).
    expect(e).toBeInstanceOf(KaopingError);
    expect((e as KaopingError).key).toBe('engine.weights.noData');
    expect(nm.mask.every((m) => m === 0)).toBe(true);
    return null;
  }
}

describe('properties of the objective weights', () => {
  it('are ≥ 0 and sum to 1 for every method', () => {
    fc.assert(
      fc.property(rows, (data) => {
        for (const method of OBJECTIVE_METHODS) {
          const r = weightsOrNoData(data, method);
          if (!r) continue;
          expect(r.weights).toHaveLength(4);
          for (const w of r.weights) expect(w).toBeGreaterThanOrEqual(0);
          expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        }
      }),
      seed,
    );
  });

  it('entropy weights of the [0, 1] matrix do not change when a column is scaled by c > 0', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 3 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (data, j, c) => {
        const scaled = data.map((row) => row.map((v, k) => (k === j ? v * c : v)));
        const a = weightsOrNoData(data, 'entropy');
        const b = weightsOrNoData(scaled, 'entropy');
        expect(b === null).toBe(a === null);
        if (a && b) a.weights.forEach((w, k) => expect(b.weights[k]).toBeCloseTo(w, 9));
      }),
      seed,
    );
  });

  it('do not depend on the order of units, for any method', () => {
    fc.assert(
      fc.property(rows, fc.integer(), (data, shift) => {
        const n = data.length;
        const k = ((shift % n) + n) % n;
        const order = [...data.slice(k), ...data.slice(0, k)].reverse();
        for (const method of OBJECTIVE_METHODS) {
          const a = weightsOrNoData(data, method);
          const b = weightsOrNoData(order, method);
          expect(b === null).toBe(a === null);
          if (a && b) a.weights.forEach((w, j) => expect(b.weights[j]).toBeCloseTo(w, 12));
        }
      }),
      seed,
    );
  });
});

// Saaty's scale: 1…9 and reciprocals.
const judgement = fc.integer({ min: 1, max: 9 }).chain((v) => fc.constantFrom(v, 1 / v));

describe('properties of AHP', () => {
  it('any positive reciprocal matrix: weights > 0 summing to 1, λmax ≥ n, CR ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(fc.constant(n), fc.array(judgement, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }))),
        ([n, upper]) => {
          const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
          let t = 0;
          for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) {
              m[i][j] = upper[t++];
              m[j][i] = 1 / m[i][j];
            }
          }
          const r = ahpWeights(m, m.map((_, i) => `C${i}`));
          for (const w of r.weights) expect(w).toBeGreaterThan(0);
          expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
          expect(r.lambdaMax).toBeGreaterThan(n - 1e-9);
          expect(r.cr).toBeGreaterThanOrEqual(0);
          expect(r.inconsistent).toBe(r.cr > 0.1);
          expect(r.judgements).toHaveLength((n * (n - 1)) / 2);
        },
      ),
      seed,
    );
  });

  it('a consistent matrix a_ij = w_i / w_j gives w back with CR = 0', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 3, maxLength: 9 }), (w) => {
        const sum = w.reduce((s, x) => s + x, 0);
        const r = ahpWeights(
          w.map((wi) => w.map((wj) => wi / wj)),
          w.map((_, i) => `C${i}`),
        );
        w.forEach((x, i) => expect(r.weights[i]).toBeCloseTo(x / sum, 12));
        expect(r.cr).toBe(0);
      }),
      seed,
    );
  });
});
