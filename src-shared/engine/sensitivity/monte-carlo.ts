import type { ScoringScheme } from '../scheme';
import { assignGrades } from '../results/grades';
import { createRescorer, type Rescorer } from '../results/rescorer';
import { asTree, type IndicatorTree } from '../tree';
import type { EvaluationContext, EvaluationMatrix, ScoreResult } from '../types';
import { KaopingError } from '../../api/errors';
import { mulberry32 } from './prng';
import { rankTally, type RankTally } from './quantiles';
import { categoryWeightSpace, perturbCategoryWeights } from './category-draws';
import { perturbWeights, weightMap, weightSpace } from './weights';

/** What a sensitivity analysis scores: one period under one scheme. */
export interface SensitivityInput {
  tree: IndicatorTree;
  matrix: EvaluationMatrix;
  scheme: ScoringScheme;
  context: EvaluationContext;
}

export interface MonteCarloOptions {
  /** Number of draws, 1 to 10,000. */
  samples: number;
  /** f: each weight is multiplied by 1 + u, u uniform in [−f, +f]; 0 <= f < 1. Default 0.25. */
  noise?: number;
  /** Seed of the generator (mulberry32); the same seed gives the same result. */
  seed: number;
  /** Probability of a place in the top k is reported; default 10. */
  topK?: number;
  /** Other scoring or aggregation choices (overlays on the scheme, e.g. { aggregate:
   * 'geometric' }); each draw picks the scheme itself or one of these with equal probability. */
  choices?: ScoringScheme[];
}

export const MAX_SAMPLES = 10_000;
export const DEFAULT_NOISE = 0.25;

/** Per unit, in the matrix's unit order. Ranks are 1 = best; null where the unit has no rank
 * (missing total, or excluded by a veto). */
export interface UnitUncertainty {
  unit: string;
  nominal: number | null;
  median: number | null;
  q05: number | null;
  q95: number | null;
  /** Probability of each grade, best first (empty without grade rules). */
  gradeProbability: number[];
  /** Probability of a rank <= topK. */
  topK: number;
}

export interface MonteCarloSummary {
  samples: number;
  noise: number;
  seed: number;
  topK: number;
  gradeLabels: string[];
  units: UnitUncertainty[];
}

/** A Monte Carlo run done in steps, so that a worker can report progress between steps and stop
 * when cancelled: `step(n)` draws up to n more samples and says whether the run is complete. */
export interface MonteCarloRun {
  readonly samples: number;
  done(): number;
  step(maxSamples: number): boolean;
  summary(): MonteCarloSummary;
}

/** Checks the options (KaopingError `scenarios.*` naming the bad one). */
export function checkMonteCarloOptions(options: MonteCarloOptions): void {
  const { samples, seed } = options;
  const noise = options.noise ?? DEFAULT_NOISE;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new KaopingError('scenarios.badSamples', { value: String(samples), max: MAX_SAMPLES });
  }
  if (!Number.isFinite(noise) || noise < 0 || noise >= 1) throw new KaopingError('scenarios.badNoise', { value: String(noise) });
  if (!Number.isInteger(seed)) throw new KaopingError('scenarios.badSeed', { value: String(seed) });
  const k = options.topK ?? 10;
  if (!Number.isInteger(k) || k < 1) throw new KaopingError('scenarios.badTopK', { value: String(k) });
}

/** Starts a run. Normalises once per scheme (the scheme and each of `choices`); every draw is
 * then one rescoring with perturbed weights (results/rescorer.ts). `rescorer` may be passed when
 * the caller already holds one for exactly this input. */
export function startMonteCarlo(input: SensitivityInput, options: MonteCarloOptions, rescorer?: Rescorer): MonteCarloRun {
  checkMonteCarloOptions(options);
  const tree = asTree(input.tree);
  const { matrix, scheme, context } = input;
  const noise = options.noise ?? DEFAULT_NOISE;
  const topK = options.topK ?? 10;
  const base = rescorer ?? createRescorer(tree, matrix, scheme, context);
  const alternatives = [base, ...(options.choices ?? []).map((c) => createRescorer(tree, matrix, { ...scheme, ...c }, context))];
  // A choice that brings its own category weights is scored with them as they are (the draws
  // vary the scheme's; the choice's weight groups may differ).
  const ownCategories = [false, ...(options.choices ?? []).map((c) => c.categoryWeights !== undefined)];
  const nominal = base.result();
  const space = weightSpace(tree, scheme);
  const categorySpace = categoryWeightSpace(space, scheme);
  // Without category weights a draw is a weight vector over the space's nodes: each choice's
  // rescorer then writes it straight into its weight table (bit for bit what rescore gives).
  const vectors = categorySpace ? null : alternatives.map((a) => a.vectorRescorer(space.codes, space.kept));
  const random = mulberry32(options.seed);
  const n = nominal.unitCodes.length;
  const tally = rankTally(n, options.samples);
  const labels = nominal.gradeLabels;
  const gradeCounts = new Uint32Array(n * Math.max(labels.length, 1));
  const topCounts = new Uint32Array(n);
  const w = new Float64Array(space.codes.length);
  const raw = new Float64Array(space.codes.length);
  const orderScratch = { start: new Int32Array(n + 2), order: new Int32Array(n) };
  let done = 0;

  // Draw order (a seed fixes the run): the choice (when there are choices), one number per
  // node of the weight space in its order, then the per-category weights (category-draws.ts;
  // none for a scheme without them, so such runs draw exactly as before they were varied).
  const draw = (): void => {
    const pick = alternatives.length > 1 ? Math.min(alternatives.length - 1, Math.floor(random() * alternatives.length)) : 0;
    perturbWeights(space, noise, random, w, categorySpace ? raw : undefined);
    const categoryWeights = categorySpace ? perturbCategoryWeights(categorySpace, space, raw, noise, random) : undefined;
    const vector = vectors?.[pick];
    const { total, rank } = vector ? vector(w) : alternatives[pick].rescore(weightMap(space, w), ownCategories[pick] ? undefined : categoryWeights);
    tally.add(rank);
    for (let i = 0; i < n; i++) if (rank[i] > 0 && rank[i] <= topK) topCounts[i]++;
    if (labels.length > 0) countGrades(scheme, nominal, total, rankOrder(rank, orderScratch), gradeCounts);
  };

  return {
    samples: options.samples,
    done: () => done,
    step: (maxSamples) => {
      const until = Math.min(options.samples, done + Math.max(1, maxSamples));
      for (; done < until; done++) draw();
      return done >= options.samples;
    },
    summary: () => summarise(nominal, { tally, gradeCounts, topCounts, done, noise, seed: options.seed, topK }),
  };
}

/** The whole run at once, with an optional progress callback and abort check between chunks
 * (null when aborted). */
export function runMonteCarlo(
  input: SensitivityInput,
  options: MonteCarloOptions,
  hooks: { chunk?: number; onProgress?: (done: number, total: number) => void; aborted?: () => boolean } = {},
): MonteCarloSummary | null {
  const run = startMonteCarlo(input, options);
  const chunk = hooks.chunk ?? 100;
  for (;;) {
    if (hooks.aborted?.()) return null;
    const complete = run.step(chunk);
    hooks.onProgress?.(run.done(), run.samples);
    if (complete) return run.summary();
  }
}

/** The ranked units (rank > 0) by rank, best first: a counting sort of the competition ranks,
 * so that grading a draw needs no sort of its totals (equal ranks are exactly equal totals, and
 * the order inside a tie does not matter to the grades). A view of `scratch.order`. */
function rankOrder(rank: Int32Array, scratch: { start: Int32Array; order: Int32Array }): Int32Array {
  const { start, order } = scratch; // start: n + 2 counters, ranks run from 1 to n
  start.fill(0);
  for (let i = 0; i < rank.length; i++) if (rank[i] > 0) start[rank[i] + 1]++;
  // now start[r] = how many units rank better than r, i.e. where the first of rank r goes
  for (let r = 1; r < start.length; r++) start[r] += start[r - 1];
  const ranked = start[start.length - 1];
  for (let i = 0; i < rank.length; i++) if (rank[i] > 0) order[start[rank[i]]++] = i;
  return order.subarray(0, ranked);
}

function countGrades(scheme: ScoringScheme, nominal: ScoreResult, total: Float64Array, order: Int32Array, counts: Uint32Array): void {
  const { grade } = assignGrades(scheme.grades, {
    total,
    excluded: nominal.excluded,
    veto: nominal.veto,
    vetoEffect: scheme.vetoEffect ?? 'lowestGrade',
    categories: nominal.categories,
    order,
  });
  const G = nominal.gradeLabels.length;
  for (let i = 0; i < grade.length; i++) if (grade[i] >= 0) counts[i * G + grade[i]]++;
}

function summarise(
  nominal: ScoreResult,
  s: { tally: RankTally; gradeCounts: Uint32Array; topCounts: Uint32Array; done: number; noise: number; seed: number; topK: number },
): MonteCarloSummary {
  const G = nominal.gradeLabels.length;
  const units = nominal.unitCodes.map((unit, i): UnitUncertainty => {
    const q = (p: number) => s.tally.quantile(i, p);
    const gradeProbability: number[] = [];
    for (let g = 0; g < G; g++) gradeProbability.push(s.done === 0 ? 0 : s.gradeCounts[i * G + g] / s.done);
    return {
      unit,
      nominal: nominal.rank[i] > 0 ? nominal.rank[i] : null,
      median: q(0.5),
      q05: q(0.05),
      q95: q(0.95),
      gradeProbability,
      topK: s.done === 0 ? 0 : s.topCounts[i] / s.done,
    };
  });
  return { samples: s.done, noise: s.noise, seed: s.seed, topK: s.topK, gradeLabels: [...nominal.gradeLabels], units };
}
