import { KaopingError } from '../../api/errors';
import { scoreScheme } from '../score';
import { asTree } from '../tree';
import type { ScoreResult } from '../types';
import type { SensitivityInput } from './monte-carlo';

/** Where the unit should get to: a rank (or better) or a grade (or better). */
export type GoalTarget = { rank: number } | { grade: string };

export interface GoalSeekResult {
  unit: string;
  indicator: string;
  /** The unit's raw value now. */
  from: number;
  /** False when no change within the search limit reaches the target. */
  reachable: boolean;
  /** The value found (null when not reachable); the change is value − from. */
  value: number | null;
  change: number | null;
  /** Rank and grade with the value found (or, when not reachable, at the search limit). */
  rank: number | null;
  grade: string | null;
  /** Full rescorings done. */
  evaluations: number;
}

/** Doublings of the first step before giving up: the last step is 2^30 / 64 times the
 * indicator's scale (its range of values, or |value|, or 1, the largest). */
const MAX_DOUBLINGS = 30;
/** Bisection halvings once the target is bracketed. */
const REFINE = 50;

/** The smallest change of one raw value of one unit that brings the unit to `target`, found by
 * full rescoring (a changed value moves the indicator's minimum and maximum, so every unit's
 * score may move). Method (docs/sensitivity.md): the value moves in the indicator's good
 * direction (up for direction 1, down for −1); steps double from scale / 64 until the target is
 * met (or MAX_DOUBLINGS pass: "not reachable"), then bisection narrows the change between the
 * last step that fell short and the first that got there. It assumes the unit's standing
 * improves monotonically as its value improves; where it does not, the value returned still
 * meets the target (it is always one that was scored and met it) but a smaller one may exist. */
export function goalSeek(input: SensitivityInput, unit: string, indicator: string, target: GoalTarget): GoalSeekResult {
  const tree = asTree(input.tree);
  const { matrix, scheme, context } = input;
  const n = matrix.unitCodes.length;
  const i = matrix.unitCodes.indexOf(unit);
  if (i < 0) throw new KaopingError('scenarios.unknownUnit', { unit });
  const j = matrix.leafCodes.indexOf(indicator);
  if (j < 0 || !tree.leaves.includes(indicator)) throw new KaopingError('scenarios.unknownIndicator', { indicator });
  const from = matrix.values[j * n + i];
  if (!Number.isFinite(from)) throw new KaopingError('scenarios.goalMissingValue', { unit, indicator });
  const labels = scheme.grades?.labels ?? [];
  let wanted: (r: ScoreResult) => boolean;
  if ('rank' in target) {
    if (!Number.isInteger(target.rank) || target.rank < 1 || target.rank > n) {
      throw new KaopingError('scenarios.badTargetRank', { value: String(target.rank), max: n });
    }
    wanted = (r) => r.rank[i] > 0 && r.rank[i] <= target.rank;
  } else {
    if (labels.length === 0) throw new KaopingError('scenarios.noGrades');
    const g = labels.indexOf(target.grade);
    if (g < 0) throw new KaopingError('scenarios.unknownGrade', { grade: target.grade, known: labels.join(', ') });
    wanted = (r) => r.grade[i] >= 0 && r.grade[i] <= g;
  }

  const values = Float64Array.from(matrix.values);
  let evaluations = 0;
  const scoreAt = (x: number): ScoreResult => {
    values[j * n + i] = x;
    evaluations++;
    return scoreScheme(tree, { ...matrix, values }, scheme, context);
  };
  const outcome = (x: number, r: ScoreResult, reachable: boolean): GoalSeekResult => ({
    unit,
    indicator,
    from,
    reachable,
    value: reachable ? x : null,
    change: reachable ? x - from : null,
    rank: r.rank[i] > 0 ? r.rank[i] : null,
    grade: r.grade[i] >= 0 ? r.gradeLabels[r.grade[i]] : null,
    evaluations,
  });

  const now = scoreAt(from);
  if (wanted(now)) return outcome(from, now, true);
  const dir = tree.byCode.get(indicator)!.direction;
  const scale = Math.max(columnRange(matrix.values, j, n), Math.abs(from), 1);
  let short = 0;
  let step = scale / 64;
  let reached: ScoreResult | null = null;
  let last = now;
  for (let d = 0; d <= MAX_DOUBLINGS; d++, step *= 2) {
    last = scoreAt(from + dir * step);
    if (wanted(last)) {
      reached = last;
      break;
    }
    short = step;
  }
  if (!reached) return outcome(from + dir * (step / 2), last, false);
  let enough = step;
  for (let k = 0; k < REFINE && enough - short > scale * 1e-12; k++) {
    const mid = (short + enough) / 2;
    const r = scoreAt(from + dir * mid);
    if (wanted(r)) {
      enough = mid;
      reached = r;
    } else short = mid;
  }
  return outcome(from + dir * enough, reached, true);
}

function columnRange(values: Float64Array, j: number, n: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[j * n + i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return hi > lo ? hi - lo : 0;
}
