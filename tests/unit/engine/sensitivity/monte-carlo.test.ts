import { describe, expect, it } from 'vitest';
import {
  mulberry32,
  perturbWeights,
  rankQuantile,
  rankTally,
  runMonteCarlo,
  scoreScheme,
  startMonteCarlo,
  weightMap,
  weightSpace,
} from '../../../../src-shared/engine';
import { kaopingError } from '../helpers';
import { county } from './fixture';

describe('rankQuantile (nearest rank)', () => {
  it('takes the smallest rank with at least ⌈pN⌉ ranks at or below it (hand-worked)', () => {
    // Ranks seen: 1, 1, 2, 3 (N = 4); index 0 of the histogram counts "no rank".
    const h = [0, 2, 1, 1];
    expect(rankQuantile(h, 0, 4, 4, 0.05)).toBe(1); // need 1
    expect(rankQuantile(h, 0, 4, 4, 0.5)).toBe(1); // need 2
    expect(rankQuantile(h, 0, 4, 4, 0.75)).toBe(2); // need 3
    expect(rankQuantile(h, 0, 4, 4, 0.95)).toBe(3); // need ⌈3.8⌉ = 4
    expect(rankQuantile(h, 0, 4, 0, 0.5)).toBeNull();
  });
});

describe('Monte Carlo over weights', () => {
  const options = { samples: 300, noise: 0.25, seed: 11, topK: 5 };

  it('gives the same result for the same seed, another for another seed', () => {
    const a = runMonteCarlo(county(), options)!;
    const b = runMonteCarlo(county(), options)!;
    expect(b).toEqual(a);
    const c = runMonteCarlo(county(), { ...options, seed: 12 })!;
    expect(c.units.map((u) => u.topK)).not.toEqual(a.units.map((u) => u.topK));
  });

  it('gives the nominal ranks and grades with f = 0', () => {
    const input = county();
    const nominal = scoreScheme(input.tree, input.matrix, input.scheme, input.context);
    const s = runMonteCarlo(input, { ...options, noise: 0 })!;
    s.units.forEach((u, i) => {
      expect(u.nominal).toBe(nominal.rank[i]);
      expect([u.median, u.q05, u.q95]).toEqual([u.nominal, u.nominal, u.nominal]);
      expect(u.gradeProbability).toEqual(s.gradeLabels.map((_, g) => (g === nominal.grade[i] ? 1 : 0)));
      expect(u.topK).toBe(nominal.rank[i] <= 5 ? 1 : 0);
    });
  });

  it('gives a unit that dominates all others the interval [1, 1]', () => {
    const s = runMonteCarlo(county(), { ...options, noise: 0.9 })!;
    const top = s.units.find((u) => u.unit === 'top')!;
    expect([top.nominal, top.q05, top.median, top.q95, top.topK]).toEqual([1, 1, 1, 1, 1]);
    expect(top.gradeProbability[0]).toBe(1);
  });

  it('matches quantiles computed by full rescoring of the same draws', () => {
    const input = county();
    const s = runMonteCarlo(input, options)!;
    // The same draws, scored from scratch with scoreScheme; quantiles by sorting.
    const space = weightSpace(input.tree, input.scheme);
    const random = mulberry32(options.seed);
    const w = new Float64Array(space.codes.length);
    const ranks: number[][] = input.matrix.unitCodes.map(() => []);
    const inTop = new Array<number>(ranks.length).fill(0);
    for (let k = 0; k < options.samples; k++) {
      perturbWeights(space, options.noise, random, w);
      const r = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: weightMap(space, w) });
      r.rank.forEach((rank, i) => {
        ranks[i].push(rank);
        if (rank <= 5) inTop[i]++;
      });
    }
    const nearest = (sorted: number[], p: number) => sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1];
    s.units.forEach((u, i) => {
      const sorted = [...ranks[i]].sort((a, b) => a - b);
      expect([u.q05, u.median, u.q95]).toEqual([nearest(sorted, 0.05), nearest(sorted, 0.5), nearest(sorted, 0.95)]);
      expect(u.topK).toBeCloseTo(inTop[i] / options.samples, 12);
      expect(u.gradeProbability.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
    expect(s.units.some((u) => u.q95! > u.q05!)).toBe(true);
  });

  it('runs in steps with progress and stops when aborted', () => {
    const run = startMonteCarlo(county(), options);
    expect(run.step(100)).toBe(false);
    expect(run.done()).toBe(100);
    while (!run.step(64));
    expect(run.done()).toBe(300);
    expect(run.summary()).toEqual(runMonteCarlo(county(), options));

    const seen: number[] = [];
    let calls = 0;
    const aborted = runMonteCarlo(county(), options, { chunk: 50, onProgress: (d) => seen.push(d), aborted: () => ++calls > 2 });
    expect(aborted).toBeNull();
    expect(seen).toEqual([50, 100]);
  });

  it('may draw another aggregation choice per sample', () => {
    const input = county();
    const plain = runMonteCarlo(input, { samples: 200, noise: 0, seed: 5 })!;
    const mixed = runMonteCarlo(input, { samples: 200, noise: 0, seed: 5, choices: [{ aggregate: 'topsis' }] })!;
    const changed = (u: { q05: number | null; q95: number | null }) => u.q05 !== u.q95;
    expect(plain.units.map((u) => u.q95)).toEqual(plain.units.map((u) => u.nominal));
    // TOPSIS on this matrix ranks some units differently from the arithmetic mean, so with a choice the
    // ranks spread even at f = 0.
    const topsis = scoreScheme(input.tree, input.matrix, { ...input.scheme, aggregate: 'topsis' });
    const arithmetic = scoreScheme(input.tree, input.matrix, input.scheme);
    expect(Array.from(topsis.rank)).not.toEqual(Array.from(arithmetic.rank));
    // Exactly the units the two choices rank differently spread (each choice drawn ~half the time).
    expect(mixed.units.map(changed)).toEqual(mixed.units.map((_, i) => topsis.rank[i] !== arithmetic.rank[i]));
  });

  it('refuses bad options naming them', () => {
    expect(kaopingError(() => runMonteCarlo(county(), { ...options, samples: 0 })).key).toBe('scenarios.badSamples');
    expect(kaopingError(() => runMonteCarlo(county(), { ...options, samples: 10_001 })).key).toBe('scenarios.badSamples');
    expect(kaopingError(() => runMonteCarlo(county(), { ...options, noise: 1 })).key).toBe('scenarios.badNoise');
    expect(kaopingError(() => runMonteCarlo(county(), { ...options, noise: -0.1 })).key).toBe('scenarios.badNoise');
    expect(kaopingError(() => runMonteCarlo(county(), { ...options, seed: 1.5 })).key).toBe('scenarios.badSeed');
    expect(kaopingError(() => runMonteCarlo(county(), { ...options, topK: 0 })).key).toBe('scenarios.badTopK');
  });
});

describe('rankTally', () => {
  it('gives the same nearest-rank quantiles kept as a histogram or as the ranks themselves', () => {
    // 3 units over 2,000 draws: a histogram (3 × 4 cells). 5,000 units over 3 draws: the ranks
    // (15,000 cells, against 25 million for a histogram). Both against sorting by hand.
    const random = mulberry32(5);
    for (const [units, draws] of [[3, 2000], [5000, 3]] as const) {
      const tally = rankTally(units, draws);
      const seen: number[][] = Array.from({ length: units }, () => []);
      for (let d = 0; d < draws; d++) {
        const rank = Int32Array.from({ length: units }, () => Math.floor(random() * (units + 1)));
        tally.add(rank);
        rank.forEach((r, i) => r > 0 && seen[i].push(r));
      }
      for (const i of [0, 1, units - 1]) {
        const sorted = seen[i].sort((a, b) => a - b);
        for (const p of [0.05, 0.5, 0.95]) {
          const expected = sorted.length === 0 ? null : sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1];
          expect(tally.quantile(i, p), `${units} units, unit ${i}, p ${p}`).toBe(expected);
        }
      }
    }
  });

  it('refuses a run too large to keep', () => {
    expect(kaopingError(() => rankTally(20_000, 10_000)).key).toBe('scenarios.tooLarge');
  });
});
