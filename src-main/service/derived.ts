import { KaopingError } from '../../src-shared/api/errors';
import { checkMatrix } from '../../src-shared/engine/matrix';
import { aggregateMarks, goalCompletion, type GoalCompletion, type MarkSummary } from '../../src-shared/engine/process';
import type { MarkAggregation, ScoringScheme } from '../../src-shared/engine/scheme';
import type { EngineWarning, EvaluationMatrix } from '../../src-shared/engine/types';
import type { Store } from '../store';

/** A period's matrix with the values that are computed rather than entered, and what was done. */
export interface DerivedValues {
  /** A new matrix; the one passed in is not changed. */
  matrix: EvaluationMatrix;
  /** What was put in place of entered values (and what was not used), for the interface:
   * message keys under `engine.process.` with their parameters. */
  notes: EngineWarning[];
  /** Goal completion of every unit with goals in the period (when the scheme names a goal
   * indicator; empty otherwise). */
  goals: GoalCompletion[];
  /** The expert marks aggregated into the matrix, with their dispersion. */
  marks: MarkSummary[];
}

const MARK_NOTE: Record<MarkAggregation, string> = {
  mean: 'engine.process.markValuesMean',
  median: 'engine.process.markValuesMedian',
  trimmed: 'engine.process.markValuesTrimmed',
};

/**
 * Folds the period's goals and expert marks into its raw matrix, before scoring:
 *
 * (a) Goal completion. The leaf `scheme.goalIndicator` gets each unit's completion rate of the
 *     period, 100 × done / (goals − dropped) (src-shared/engine/process/goals.ts). A unit
 *     without goals in the period — or whose goals were all dropped — keeps its entered value:
 *     the office may have entered the rate by hand, and a missing rate must not wipe it out
 *     (where nothing was entered either, the value stays missing, never 0).
 * (b) Expert marks. Every leaf with marks in the period gets, for each unit marked on it, the
 *     marks aggregated by `scheme.marks` (default `trimmed`: highest and lowest dropped) in
 *     place of the entered value; units not marked keep theirs. Marks on the goal indicator
 *     are not used (the scheme made it the goal rate), nor marks on a node that is no longer a
 *     leaf; both are noted.
 *
 * A unit that has no entered value in the period but has a derived one (marks, or goals when
 * the scheme names a goal indicator) is scored too: it is appended to the matrix (in the units
 * sheet's order, missing on every other leaf), and a note lists such units. Throws
 * `engine.process.goalIndicatorUnknown` when the goal indicator is not a column (leaf) of the
 * matrix.
 */
export function withDerivedValues(
  store: Store,
  period: string,
  matrix: EvaluationMatrix,
  scheme: ScoringScheme,
): DerivedValues {
  const columns = checkMatrix(matrix);
  const notes: EngineWarning[] = [];
  // Values to write: column -> unit code -> value.
  const writes = new Map<number, Map<string, number>>();
  const write = (col: number, unit: string, value: number) => {
    let byUnit = writes.get(col);
    if (!byUnit) writes.set(col, (byUnit = new Map()));
    byUnit.set(unit, value);
  };

  const goalCode = scheme.goalIndicator ?? null;
  let goals: GoalCompletion[] = [];
  if (goalCode !== null) {
    const col = columns.get(goalCode);
    if (col === undefined) throw new KaopingError('engine.process.goalIndicatorUnknown', { indicator: goalCode });
    goals = [...goalCompletion(store.listGoals(period), period).values()];
    for (const g of goals) if (Number.isFinite(g.rate)) write(col, g.unit, g.rate);
  }

  const method = scheme.marks ?? 'trimmed';
  const summaries = aggregateMarks(store.listMarks(period), method);
  const used: MarkSummary[] = [];
  const unusable = new Map<string, { key: string; count: number }>();
  for (const s of summaries) {
    const col = columns.get(s.indicator);
    const reason = col === undefined ? 'engine.process.marksNotLeaf' : s.indicator === goalCode ? 'engine.process.marksOnGoalIndicator' : null;
    if (reason !== null) {
      const u = unusable.get(s.indicator) ?? { key: reason, count: 0 };
      u.count += s.n;
      unusable.set(s.indicator, u);
      continue;
    }
    used.push(s);
    write(col!, s.unit, s.value);
  }

  const result = withUnits(store, matrix, writes);
  const rows = new Map(result.unitCodes.map((c, i) => [c, i]));
  const n = result.unitCodes.length;
  for (const [col, byUnit] of writes) for (const [unit, value] of byUnit) result.values[col * n + rows.get(unit)!] = value;

  if (goalCode !== null) {
    const replaced = writes.get(columns.get(goalCode)!)?.size ?? 0;
    notes.push({ key: 'engine.process.goalValues', indicator: goalCode, params: { indicator: goalCode, period, units: replaced, kept: n - replaced } });
  }
  const byIndicator = new Map<string, MarkSummary[]>();
  for (const s of used) {
    const list = byIndicator.get(s.indicator);
    if (list) list.push(s);
    else byIndicator.set(s.indicator, [s]);
  }
  const leafOrder = (code: string) => columns.get(code) ?? Number.MAX_SAFE_INTEGER;
  for (const code of [...byIndicator.keys()].sort((a, b) => leafOrder(a) - leafOrder(b))) {
    const list = byIndicator.get(code)!;
    notes.push({ key: MARK_NOTE[method], indicator: code, params: { indicator: code, period, units: list.length } });
    for (const s of list) {
      if (s.fellBack) notes.push({ key: 'engine.process.trimmedFallback', indicator: code, unit: s.unit, params: { indicator: code, unit: s.unit, n: s.n } });
    }
  }
  for (const [code, u] of unusable) notes.push({ key: u.key, indicator: code, params: { indicator: code, count: u.count } });
  const added = result.unitCodes.slice(matrix.unitCodes.length);
  if (added.length > 0) notes.push({ key: 'engine.process.unitsAdded', params: { count: added.length, units: added.join(', ') } });

  return { matrix: result, notes, goals, marks: used };
}

/** A copy of the matrix with a row for every unit that gets a derived value but had none: the
 * matrix's units in their order, then the new ones in the units sheet's order. */
function withUnits(store: Store, matrix: EvaluationMatrix, writes: Map<number, Map<string, number>>): EvaluationMatrix {
  const present = new Set(matrix.unitCodes);
  const wanted = new Set<string>();
  for (const byUnit of writes.values()) for (const unit of byUnit.keys()) if (!present.has(unit)) wanted.add(unit);
  if (wanted.size === 0) {
    return { unitCodes: [...matrix.unitCodes], leafCodes: [...matrix.leafCodes], values: Float64Array.from(matrix.values) };
  }
  const extra = store.listUnits().map((u) => u.code).filter((c) => wanted.has(c));
  // Goals and marks reference units of the store, so every wanted unit is listed; any other
  // (a caller's own matrix) is appended in code order so nothing is lost.
  const listed = new Set(extra);
  extra.push(...[...wanted].filter((c) => !listed.has(c)).sort());
  const before = matrix.unitCodes.length;
  const n = before + extra.length;
  const values = new Float64Array(n * matrix.leafCodes.length).fill(NaN);
  for (let j = 0; j < matrix.leafCodes.length; j++) values.set(matrix.values.subarray(j * before, (j + 1) * before), j * n);
  return { unitCodes: [...matrix.unitCodes, ...extra], leafCodes: [...matrix.leafCodes], values };
}
