import { describe, expect, it } from 'vitest';
import {
  assignGrades,
  buildTree,
  createRescorer,
  mulberry32,
  perturbWeights,
  runMonteCarlo,
  scoreScheme,
  weightMap,
  weightSpace,
  type SensitivityInput,
} from '../../../../src-shared/engine';
import { ind, matrix } from '../helpers';
import { county } from './fixture';

// The Monte Carlo's fast paths (a weight vector written straight into the weight table; grades
// ordered by the draw's ranks instead of a sort) must give what the general paths give, bit for
// bit. The stored expectation in monte-carlo-categories.test.ts checks whole runs.

describe('Monte Carlo fast paths', () => {
  it('vectorRescorer gives exactly what rescore gives for the same weights (caps kept)', () => {
    const input = county();
    const r = createRescorer(input.tree, input.matrix, input.scheme, input.context);
    const space = weightSpace(input.tree, input.scheme);
    const vector = r.vectorRescorer(space.codes, space.kept)!;
    const random = mulberry32(4);
    const w = new Float64Array(space.codes.length);
    for (let d = 0; d < 20; d++) {
      perturbWeights(space, 0.5, random, w);
      const slow = r.rescore(weightMap(space, w));
      const fast = vector(w);
      expect(Array.from(fast.total)).toEqual(Array.from(slow.total));
      expect(Array.from(fast.rank)).toEqual(Array.from(slow.rank));
    }
  });

  it('vectorRescorer declines where category weights make several weight groups', () => {
    const input = county();
    const categories = input.matrix.unitCodes.map((_, i) => (i % 2 === 0 ? 'K' : null));
    const r = createRescorer(input.tree, input.matrix, { ...input.scheme, categoryWeights: { K: { A1: 5 } } }, { categories });
    expect(r.vectorRescorer(['D1', 'D2'], {})).toBeNull();
  });

  it('grades tied units straddling a quota the same in every draw, as full grading does', () => {
    // t1 and t2 have the same values, so the same total under any weights; the quota of one
    // 优秀 falls inside their tie whenever they lead: both keep 优秀 and are flagged.
    const input: SensitivityInput = {
      tree: buildTree([ind('A', null, 1), ind('B', null, 1)]),
      matrix: matrix(['t1', 't2', 'u', 'v'], ['A', 'B'], [
        [100, 80],
        [100, 80],
        [0, 100],
        [50, 0],
      ]),
      scheme: { range: [0, 100], grades: { labels: ['优秀', '良好'], quotas: [{ grade: '优秀', count: 1 }] } },
      context: {},
    };
    const nominal = scoreScheme(input.tree, input.matrix, input.scheme);
    expect(Array.from(nominal.grade)).toEqual([0, 0, 1, 1]);
    expect(Array.from(nominal.boundaryTie)).toEqual([1, 1, 0, 0]);
    const s = runMonteCarlo(input, { samples: 500, noise: 0.6, seed: 2, topK: 1 })!;
    const [t1, t2, u] = s.units;
    expect(t1.gradeProbability).toEqual(t2.gradeProbability);
    // u (0, 100) would lead only where b > 5a (100b > 100a + 80b); at f = 0.6 the ratio of
    // two drawn weights stays below 1.6 / 0.4 = 4, so t1 and t2 always lead: both 优秀.
    expect(t1.gradeProbability).toEqual([1, 0]);
    expect(u.gradeProbability).toEqual([0, 1]);
  });

  it('assignGrades with the ranked order given agrees with sorting', () => {
    const total = Float64Array.from([3, 7, NaN, 7, 1, 5]);
    const base = { total, excluded: Uint8Array.from([0, 0, 0, 0, 1, 0]), veto: new Uint8Array(6), vetoEffect: 'lowestGrade' as const, categories: ['a', 'b', 'a', 'a', 'b', 'b'] };
    const rules = { labels: ['A', 'B', 'C'], thresholds: [6, 2], quotas: [{ grade: 'A', count: 1 }, { grade: 'B', share: 0.5, perCategory: true }] };
    // ranked (with a total, not excluded) by total descending: units 1 and 3 (7), 5 (5), 0 (3)
    const sorted = assignGrades(rules, base);
    for (const order of [[1, 3, 5, 0], [3, 1, 5, 0]]) {
      const given = assignGrades(rules, { ...base, order });
      expect(Array.from(given.grade)).toEqual(Array.from(sorted.grade));
      expect(Array.from(given.boundaryTie)).toEqual(Array.from(sorted.boundaryTie));
    }
  });
});
