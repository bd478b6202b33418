import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../model/goal';

/**
 * Goal completion (赶考目标完成率) per unit for one period, from the goals sheet:
 *
 *   rate = 100 × done / (total − dropped)
 *
 * - Only `done` counts as done. `partial` counts as not done: "partly done" is not "done",
 *   and an office that wants half credit can say so by scoring the goal's indicator instead.
 *   This is the common practice: 完成率 is goals met out of goals pledged.
 * - `set` counts as not done: the rate is read at the end of the period, and a goal still
 *   only "set" then was not met.
 * - `missed` counts as not done.
 * - `dropped` (撤销) goals leave the count: they were withdrawn, with approval, so they are
 *   neither met nor missed.
 *
 * A unit with no goals in the period is not in the result (its rate is missing, never 0). A
 * unit whose goals were all dropped is in the result with `rate` NaN (missing): nothing is
 * left to complete.
 */
export interface GoalCompletion {
  unit: string;
  /** Percent of the goals not dropped that are done, 0–100; NaN when every goal was dropped. */
  rate: number;
  /** Number of goals of the unit in the period. */
  total: number;
  /** total − dropped: the goals the rate is over. */
  counted: number;
  /** Number of goals in each status. */
  byStatus: Record<GoalStatus, number>;
}

/** Completion per unit of the goals of `period` (other periods' goals are left out), in the
 * order the units first appear in `goals`. */
export function goalCompletion(goals: readonly Goal[], period: string): Map<string, GoalCompletion> {
  const out = new Map<string, GoalCompletion>();
  for (const g of goals) {
    if (g.period !== period) continue;
    let c = out.get(g.unit);
    if (!c) {
      c = { unit: g.unit, rate: NaN, total: 0, counted: 0, byStatus: emptyCounts() };
      out.set(g.unit, c);
    }
    c.total++;
    c.byStatus[g.status]++;
  }
  for (const c of out.values()) {
    c.counted = c.total - c.byStatus.dropped;
    c.rate = c.counted > 0 ? (100 * c.byStatus.done) / c.counted : NaN;
  }
  return out;
}

function emptyCounts(): Record<GoalStatus, number> {
  const counts = {} as Record<GoalStatus, number>;
  for (const s of GOAL_STATUSES) counts[s] = 0;
  return counts;
}
