import type { ScoreColumn } from './aggregate';
import { columnIndex, rawValue } from './matrix';
import { checkWeightOverrides, weightOf, type IndicatorTree } from './tree';
import type { EngineWarning, EvaluationMatrix } from './types';

/** The second half of docs/workbook-format.md, standard computation step 4: bonus and penalty
 * points and vetoes, applied after aggregation. Arrays are indexed like the matrix's units. */
export interface Adjustments {
  /** Σ of the bonus items' points after their caps. */
  bonus: Float64Array;
  /** Σ of the penalty items' points after their caps, as a positive number. */
  penalty: Float64Array;
  /** base + bonus − penalty; NaN where the base is missing. */
  total: Float64Array;
  /** 1 where any veto item is triggered. */
  veto: Uint8Array;
  /** Codes of the triggered veto items per unit, in tree order. */
  vetoItems: string[][];
  /** Per item: capped points (bonus/penalty) or 1/0 (veto). */
  items: Map<string, Float64Array>;
  warnings: EngineWarning[];
}

/** Points one bonus or penalty item gives:
 *
 *   points = min(max(v, 0), cap)        cap = the item's weight; a missing v counts as 0
 *
 * The raw entered value is taken as points (the catalog's bonus and penalty data are
 * "entered as points"). A penalty item has direction -1 in the catalog, but its entered value
 * is the positive number of points deducted: the direction is not applied to adjustment items,
 * the subtraction happens in the total. A negative entry counts as 0 (and is warned about by
 * `applyAdjustments`, since it usually means a deduction typed with a minus sign). */
export function cappedPoints(value: number, cap: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(value, 0), cap);
}

/** A veto item is triggered where its raw value is present and ≠ 0 (true/1 = the event
 * happened). A missing value does not trigger it. */
export function vetoTriggered(value: number): boolean {
  return Number.isFinite(value) && value !== 0;
}

/** Applies the adjustment items of the tree to the base scores:
 *
 *   bonus_i   = Σ_{bonus items b}   min(max(v_ib, 0), cap_b)
 *   penalty_i = Σ_{penalty items p} min(max(v_ip, 0), cap_p)
 *   total_i   = base_i + bonus_i − penalty_i          (missing where base_i is missing)
 *   veto_i    = 1 if any veto item v has v_iv present and ≠ 0
 *
 * Items without a column in the matrix count as 0 for everyone. Per-item caps only: caps on
 * the sum of all bonus or all penalty points, a floor on the total, and the veto's effect
 * (lowest grade, no top grade, excluded from ranking) are options of a later issue; they slot
 * in between the sums and `total` here. Warning `engine.negativePoints` {indicator, unit,
 * value} for every negative bonus or penalty entry. */
export function applyAdjustments(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
  base: ScoreColumn,
  weights?: Readonly<Record<string, number>>,
): Adjustments {
  checkWeightOverrides(tree, weights);
  const columns = columnIndex(matrix);
  const n = matrix.unitCodes.length;
  const items = new Map<string, Float64Array>();
  const warnings: EngineWarning[] = [];

  const sumPoints = (codes: readonly string[]): Float64Array => {
    const sum = new Float64Array(n);
    for (const code of codes) {
      const cap = weightOf(tree, code, weights);
      const c = columns.get(code);
      const pts = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = rawValue(matrix, c, i);
        if (v < 0) {
          warnings.push({
            key: 'engine.negativePoints',
            params: { indicator: code, unit: matrix.unitCodes[i], value: v },
            indicator: code,
            unit: matrix.unitCodes[i],
          });
        }
        pts[i] = cappedPoints(v, cap);
        sum[i] += pts[i];
      }
      items.set(code, pts);
    }
    return sum;
  };
  const bonus = sumPoints(tree.bonus);
  const penalty = sumPoints(tree.penalty);

  const veto = new Uint8Array(n);
  const vetoItems: string[][] = Array.from({ length: n }, () => []);
  for (const code of tree.veto) {
    const c = columns.get(code);
    const hit = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (!vetoTriggered(rawValue(matrix, c, i))) continue;
      hit[i] = 1;
      veto[i] = 1;
      vetoItems[i].push(code);
    }
    items.set(code, hit);
  }

  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) total[i] = base.mask[i] === 1 ? base.score[i] + bonus[i] - penalty[i] : NaN;
  return { bonus, penalty, total, veto, vetoItems, items, warnings };
}
