import { KaopingError } from '../../api/errors';
import type { ScoreResult } from '../types';

/**
 * Period weights for process assessment (过程考核, rule R5): a year's result is a weighted
 * combination of the scores of several periods, e.g. Longquan's Q1 15%, Q2 10%, Q3 10%, Q4 15%
 * and the year 50%. For unit i, with xₚᵢ its total in period p and wₚ the period's weight:
 *
 *   totalᵢ = Σₚ wₚ·xₚᵢ / Σₚ wₚ      (both sums over the periods p where unit i HAS a total)
 *   shareᵢ = Σₚ wₚ (present) / Σₚ wₚ (all periods)
 *
 * A period a unit has no total in (not scored, or NaN) is left out and the remaining weights
 * are renormalised, just as a missing child in the tree is (docs/workbook-format.md, step 3):
 * a missing quarter is neither imputed nor counted as 0. So with 15/10/10/15/50 and Q2
 * missing, the other weights become 15/90, 10/90, 15/90, 50/90. `share` says how much of the
 * weight stood behind each total (here 0.9), and `minShare` turns totals resting on too little
 * of it into missing ones. A unit with no total in any period of weight > 0 has no total.
 *
 * Weights are relative (points are fine): only their ratios matter, as for the tree.
 */
export interface PeriodPart {
  period: string;
  /** The period's weight, finite and ≥ 0. */
  weight: number;
  /** Totals indexed like the `unitCodes` given to periodWeighted; NaN = no total. */
  total: Float64Array;
}

export interface PeriodWeightOptions {
  /** A unit's total is missing when its share of the weight present is below this (0–1).
   * Default 0: any period present is enough. */
  minShare?: number;
}

export interface PeriodWeighted {
  unitCodes: string[];
  /** The weighted total per unit; NaN where missing. */
  total: Float64Array;
  /** Share of the periods' weight present per unit, 0–1. */
  share: Float64Array;
  /** Number of periods (of any weight) in which the unit has a total. */
  periodsPresent: Int32Array;
  periods: string[];
  /** The weights as given, by period. */
  weights: number[];
}

/** Combines per-period totals aligned with `unitCodes` (see the formula above). Throws
 * `engine.process.invalidPeriodWeight`, `engine.process.noPeriodWeight` (no period, or all
 * weights 0), `engine.process.duplicatePeriod`, `engine.process.periodLength` (a total not as
 * long as unitCodes) and `engine.process.invalidMinShare`. */
export function periodWeighted(
  parts: readonly PeriodPart[],
  unitCodes: readonly string[],
  opts: PeriodWeightOptions = {},
): PeriodWeighted {
  const n = unitCodes.length;
  checkParts(parts, n);
  const minShare = opts.minShare ?? 0;
  if (!Number.isFinite(minShare) || minShare < 0 || minShare > 1) {
    throw new KaopingError('engine.process.invalidMinShare', { value: String(minShare) });
  }
  let weightSum = 0;
  for (const p of parts) weightSum += p.weight;

  const total = new Float64Array(n);
  const share = new Float64Array(n);
  const periodsPresent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let num = 0;
    let den = 0;
    for (const p of parts) {
      const x = p.total[i];
      if (!Number.isFinite(x)) continue;
      periodsPresent[i]++;
      if (p.weight === 0) continue;
      num += p.weight * x;
      den += p.weight;
    }
    share[i] = den / weightSum;
    total[i] = den > 0 && share[i] >= minShare ? num / den : NaN;
  }
  return {
    unitCodes: [...unitCodes],
    total,
    share,
    periodsPresent,
    periods: parts.map((p) => p.period),
    weights: parts.map((p) => p.weight),
  };
}

/** One period's score result with its weight. */
export interface PeriodScore {
  period: string;
  weight: number;
  result: Pick<ScoreResult, 'unitCodes' | 'total'>;
}

/** Lines up several periods' score results by unit code: each result may hold other units in
 * another order. `unitCodes` defaults to every unit of any result, in the order first seen
 * (the first result's order, then the units only later results hold). A unit a result does
 * not hold has NaN (no total) there. Throws `engine.duplicateUnit` for a result listing a unit
 * twice. */
export function alignPeriodScores(
  scores: readonly PeriodScore[],
  unitCodes?: readonly string[],
): { unitCodes: string[]; parts: PeriodPart[] } {
  const codes = unitCodes ? [...unitCodes] : unionOfUnits(scores);
  const index = new Map<string, number>();
  codes.forEach((c, i) => {
    if (index.has(c)) throw new KaopingError('engine.duplicateUnit', { unit: c });
    index.set(c, i);
  });
  const parts = scores.map((s): PeriodPart => {
    const total = new Float64Array(codes.length).fill(NaN);
    const seen = new Set<string>();
    s.result.unitCodes.forEach((code, k) => {
      if (seen.has(code)) throw new KaopingError('engine.duplicateUnit', { unit: code });
      seen.add(code);
      const i = index.get(code);
      if (i !== undefined) total[i] = s.result.total[k];
    });
    return { period: s.period, weight: s.weight, total };
  });
  return { unitCodes: codes, parts };
}

/** periodWeighted over score results lined up by alignPeriodScores. */
export function periodWeightedScores(
  scores: readonly PeriodScore[],
  opts: PeriodWeightOptions & { unitCodes?: readonly string[] } = {},
): PeriodWeighted {
  const { unitCodes, parts } = alignPeriodScores(scores, opts.unitCodes);
  return periodWeighted(parts, unitCodes, opts);
}

function unionOfUnits(scores: readonly PeriodScore[]): string[] {
  const seen = new Set<string>();
  for (const s of scores) for (const c of s.result.unitCodes) seen.add(c);
  return [...seen];
}

function checkParts(parts: readonly PeriodPart[], n: number): void {
  const periods = new Set<string>();
  let positive = false;
  for (const p of parts) {
    if (periods.has(p.period)) throw new KaopingError('engine.process.duplicatePeriod', { period: p.period });
    periods.add(p.period);
    if (typeof p.weight !== 'number' || !Number.isFinite(p.weight) || p.weight < 0) {
      throw new KaopingError('engine.process.invalidPeriodWeight', { period: p.period, weight: String(p.weight) });
    }
    if (p.weight > 0) positive = true;
    if (p.total.length !== n) {
      throw new KaopingError('engine.process.periodLength', { period: p.period, expected: n, actual: p.total.length });
    }
  }
  if (!positive) throw new KaopingError('engine.process.noPeriodWeight');
}

/** The periods and weights of a year's process assessment, Longquan's rule by default:
 * `${year}Q1`…`${year}Q4` with the quarter weights, then `${year}` with the year's weight
 * (15/10/10/15 and 50). */
export function quarterlyPeriodWeights(
  year: number,
  quarters: readonly [number, number, number, number] = [15, 10, 10, 15],
  yearWeight = 50,
): { period: string; weight: number }[] {
  return [...quarters.map((weight, q) => ({ period: `${year}Q${q + 1}`, weight })), { period: String(year), weight: yearWeight }];
}
