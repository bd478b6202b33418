import type { ScoreResult } from '../types';

/** One unit in the baseline and in the scenario. Ranks 1 = best, null = unranked; `change` =
 * baseline rank − scenario rank, so a positive change is a move up (null unless both ranked). */
export interface ScenarioRow {
  unit: string;
  baseRank: number | null;
  rank: number | null;
  change: number | null;
  baseTotal: number | null;
  total: number | null;
  baseGrade: string | null;
  grade: string | null;
}

export interface ScenarioComparison {
  /** Every unit, ordered by scenario rank (unranked last, in unit order). */
  rows: ScenarioRow[];
  /** The units that moved most (largest |change|, then better scenario rank), at most `movers`. */
  movers: ScenarioRow[];
  /** The units whose grade differs. */
  gradeChanges: ScenarioRow[];
  gradeLabels: string[];
}

const num = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Compares a scenario's result with the baseline's (the same units, in the same order). */
export function compareScenario(base: ScoreResult, scenario: ScoreResult, movers = 10): ScenarioComparison {
  const grade = (r: ScoreResult, i: number) => (r.grade[i] >= 0 ? r.gradeLabels[r.grade[i]] : null);
  const rows = scenario.unitCodes.map((unit, i): ScenarioRow => {
    const b = base.unitCodes.indexOf(unit);
    const baseRank = b >= 0 && base.rank[b] > 0 ? base.rank[b] : null;
    const rank = scenario.rank[i] > 0 ? scenario.rank[i] : null;
    return {
      unit,
      baseRank,
      rank,
      change: baseRank !== null && rank !== null ? baseRank - rank : null,
      baseTotal: b >= 0 ? num(base.total[b]) : null,
      total: num(scenario.total[i]),
      baseGrade: b >= 0 ? grade(base, b) : null,
      grade: grade(scenario, i),
    };
  });
  const order = (a: ScenarioRow, b: ScenarioRow) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
  rows.sort(order);
  const moved = rows
    .filter((r) => r.change !== null && r.change !== 0)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || order(a, b))
    .slice(0, movers);
  return {
    rows,
    movers: moved,
    gradeChanges: rows.filter((r) => r.baseGrade !== r.grade),
    gradeLabels: [...scenario.gradeLabels],
  };
}
