/** A unit's annual goal (赶考目标, docs/workbook-format.md, sheet `goals`). */
export type GoalStatus = 'set' | 'done' | 'partial' | 'missed' | 'dropped';
export const GOAL_STATUSES: readonly GoalStatus[] = ['set', 'done', 'partial', 'missed', 'dropped'];

export interface Goal {
  unit: string;
  period: string;
  code: string;
  title: string;
  indicator: string | null;
  target: number | null;
  actual: number | null;
  status: GoalStatus;
  verifiedBy: string | null;
  note: string | null;
}
