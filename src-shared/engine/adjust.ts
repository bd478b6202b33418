import type { ScoreColumn } from './aggregate';
import { columnIndex, rawValue } from './matrix';
import type { UnitGroups } from './results/kernels';
import { checkWeightOverrides, weightOf, type IndicatorTree } from './tree';
import type { EngineWarning, EvaluationMatrix } from './types';

/** The second half of docs/workbook-format.md, standard computation step 4: bonus and penalty
 * points and vetoes, applied after aggregation. Arrays are indexed like the matrix's units. */
export interface Adjustments {
  /** Σ of the bonus items' points after their caps (and after the total bonus cap). */
  bonus: Float64Array;
  /** Σ of the penalty items' points after their caps (and the total penalty cap), as a
   * positive number. */
  penalty: Float64Array;
  /** base + bonus − penalty, at least the floor; NaN where the base is missing. */
  total: Float64Array;
  /** 1 where any veto item is triggered. */
  veto: Uint8Array;
  /** Codes of the triggered veto items per unit, in tree order. */
  vetoItems: string[][];
  /** Per item: capped points (bonus/penalty) or 1/0 (veto). */
  items: Map<string, Float64Array>;
  warnings: EngineWarning[];
}

/** Scheme-wide limits on the adjustments (src-shared/engine/scheme.ts). */
export interface AdjustmentLimits {
  /** Cap on the sum of all bonus points; null/undefined = none. */
  bonusCap?: number | null;
  /** Cap on the sum of all penalty points; null/undefined = none. */
  penaltyCap?: number | null;
  /** The total never goes below this (扣完为止); null/undefined = no floor. */
  floor?: number | null;
}

/** Points one bonus or penalty item gives:
 *
 *   points = min(max(v, 0), cap)        cap = the item's weight; a missing v counts as 0
 *
 * The raw entered value is taken as points (the catalog's bonus and penalty data are
 * "entered as points"). A penalty item has direction -1 in the catalog, but its entered value
 * is the positive number of points deducted: the direction is not applied to adjustment items,
 * the subtraction happens in the total. A negative entry counts as 0 (and is warned about by
 * `prepareAdjustments`, since it usually means a deduction typed with a minus sign). */
export function cappedPoints(value: number, cap: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(value, 0), cap);
}

/** A veto item is triggered where its raw value is present and ≠ 0 (true/1 = the event
 * happened). A missing value does not trigger it. */
export function vetoTriggered(value: number): boolean {
  return Number.isFinite(value) && value !== 0;
}

/** The weight-independent part of the adjustments, read once from the raw matrix: every
 * bonus and penalty item's entered points clamped at 0 (`cappedPoints(v, ∞)`; the caps are
 * weights, applied by `adjustTotals`), and the vetoes. */
export interface PreparedAdjustments {
  bonus: { code: string; points: Float64Array }[];
  penalty: { code: string; points: Float64Array }[];
  veto: Uint8Array;
  vetoItems: string[][];
  /** Per veto item: 1 where triggered. */
  vetoColumns: Map<string, Float64Array>;
  /** `engine.negativePoints` {indicator, unit, value} for every negative bonus or penalty entry. */
  warnings: EngineWarning[];
}

/** Reads the adjustment items of the tree from the raw matrix. Items without a column in the
 * matrix count as 0 for everyone. */
export function prepareAdjustments(tree: IndicatorTree, matrix: EvaluationMatrix): PreparedAdjustments {
  const columns = columnIndex(matrix);
  const n = matrix.unitCodes.length;
  const warnings: EngineWarning[] = [];
  const read = (codes: readonly string[]): { code: string; points: Float64Array }[] =>
    codes.map((code) => {
      const c = columns.get(code);
      const points = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = rawValue(matrix, c, i);
        if (v < 0) {
          const unit = matrix.unitCodes[i];
          warnings.push({ key: 'engine.negativePoints', params: { indicator: code, unit, value: v }, indicator: code, unit });
        }
        points[i] = cappedPoints(v, Infinity);
      }
      return { code, points };
    });
  const bonus = read(tree.bonus);
  const penalty = read(tree.penalty);

  const veto = new Uint8Array(n);
  const vetoItems: string[][] = Array.from({ length: n }, () => []);
  const vetoColumns = new Map<string, Float64Array>();
  for (const code of tree.veto) {
    const c = columns.get(code);
    const hit = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (!vetoTriggered(rawValue(matrix, c, i))) continue;
      hit[i] = 1;
      veto[i] = 1;
      vetoItems[i].push(code);
    }
    vetoColumns.set(code, hit);
  }
  return { bonus, penalty, veto, vetoItems, vetoColumns, warnings };
}

/** Where `adjustTotals` writes. */
export interface AdjustmentOutput {
  bonus: Float64Array;
  penalty: Float64Array;
  total: Float64Array;
  /** When given, each bonus and penalty item's points after its cap, by code. */
  items?: Map<string, Float64Array>;
}

/** The totals, per unit i:
 *
 *   bonus_i   = min( Σ_{bonus items b}   min(p_ib, cap_b),  bonusCap )
 *   penalty_i = min( Σ_{penalty items p} min(p_ip, cap_p),  penaltyCap )
 *   total_i   = max( base_i + bonus_i − penalty_i,  floor )      (missing where base_i is)
 *
 * p = the entered points clamped at 0 (prepareAdjustments); cap_b = the item's weight in
 * unit i's weight group (`caps[k][group_i]`, per item in tree order); a missing cap on the
 * sums or a missing floor is no limit. `penalty` is the points the rules deduct: where the
 * floor lifts a total, total_i > base_i + bonus_i − penalty_i. */
export function adjustTotals(
  prepared: PreparedAdjustments,
  caps: { bonus: readonly Float64Array[]; penalty: readonly Float64Array[] },
  groups: UnitGroups | null,
  base: { score: Float64Array; mask: Uint8Array; offset: number },
  limits: AdjustmentLimits,
  out: AdjustmentOutput,
): void {
  const n = out.total.length;
  const sum = (
    list: readonly { code: string; points: Float64Array }[],
    itemCaps: readonly Float64Array[],
    cap: number | null | undefined,
    acc: Float64Array,
  ): void => {
    acc.fill(0);
    list.forEach(({ code, points }, k) => {
      const c = itemCaps[k];
      const kept = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const p = Math.min(points[i], groups === null ? c[0] : c[groups[i]]);
        acc[i] += p;
        kept[i] = p;
      }
      if (out.items) out.items.set(code, kept);
    });
    if (cap !== null && cap !== undefined) for (let i = 0; i < n; i++) acc[i] = Math.min(acc[i], cap);
  };
  sum(prepared.bonus, caps.bonus, limits.bonusCap, out.bonus);
  sum(prepared.penalty, caps.penalty, limits.penaltyCap, out.penalty);
  const { score, mask, offset } = base;
  const { bonus, penalty, total } = out;
  const floor = limits.floor;
  if (floor === null || floor === undefined) {
    for (let i = 0; i < n; i++) total[i] = mask[offset + i] === 1 ? score[offset + i] + bonus[i] - penalty[i] : NaN;
    return;
  }
  for (let i = 0; i < n; i++) total[i] = mask[offset + i] === 1 ? Math.max(score[offset + i] + bonus[i] - penalty[i], floor) : NaN;
}

/** Applies the adjustment items of the tree to the base scores with the tree's caps (or
 * `weights` overrides of them) and the scheme-wide `limits`: `prepareAdjustments` then
 * `adjustTotals` (see both for the formulas). The veto's effect (lowest grade, no top grade,
 * excluded from the ranking) acts on grades and ranks: results/grades.ts and score.ts. */
export function applyAdjustments(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
  base: ScoreColumn,
  weights?: Readonly<Record<string, number>>,
  limits: AdjustmentLimits = {},
): Adjustments {
  checkWeightOverrides(tree, weights);
  const prepared = prepareAdjustments(tree, matrix);
  const n = matrix.unitCodes.length;
  const capsOf = (codes: readonly string[]): Float64Array[] => codes.map((c) => Float64Array.of(weightOf(tree, c, weights)));
  const out = { bonus: new Float64Array(n), penalty: new Float64Array(n), total: new Float64Array(n), items: new Map<string, Float64Array>() };
  adjustTotals(prepared, { bonus: capsOf(tree.bonus), penalty: capsOf(tree.penalty) }, null, { ...base, offset: 0 }, limits, out);
  for (const [code, col] of prepared.vetoColumns) out.items.set(code, col);
  return {
    bonus: out.bonus,
    penalty: out.penalty,
    total: out.total,
    veto: prepared.veto,
    vetoItems: prepared.vetoItems,
    items: out.items,
    warnings: prepared.warnings,
  };
}
