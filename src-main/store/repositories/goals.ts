import type { Goal, GoalStatus } from '../../../src-shared/model';
import type { Database } from '../db';
import { pairsOf } from './observations';
import { periodRanks } from './periods';

interface GoalRow {
  unit: string;
  period: string;
  code: string;
  title: string;
  indicator: string | null;
  target: number | null;
  actual: number | null;
  status: string;
  verified_by: string | null;
  note: string | null;
}

/** Same scheme as observations: the goals of every (unit, period) pair the import holds
 * replace that pair's current goals, which stay as history. Returns the count superseded. */
export function supersedeAndInsertGoals(db: Database, goals: readonly Goal[], importId: number, at: string): number {
  const supersede = db.prepare(`
    UPDATE goals SET superseded_by_import = ?, superseded_at = ?
    WHERE unit = ? AND period = ? AND superseded_by_import IS NULL`);
  let superseded = 0;
  for (const [unit, period] of pairsOf(goals)) superseded += supersede.run(importId, at, unit, period).changes;
  const insert = db.prepare(`
    INSERT INTO goals (unit, period, code, title, indicator, target, actual, status, verified_by, note, import_id)
    VALUES (@unit, @period, @code, @title, @indicator, @target, @actual, @status, @verifiedBy, @note, @importId)`);
  for (const g of goals) insert.run({ ...g, importId });
  return superseded;
}

/** Current goals, by period, unit position, then the order they were imported in. */
export function listGoals(db: Database, period?: string): Goal[] {
  const rows = db
    .prepare(`
      SELECT g.unit, g.period, g.code, g.title, g.indicator, g.target, g.actual, g.status,
        g.verified_by, g.note
      FROM goals g JOIN units u ON u.code = g.unit
      WHERE g.superseded_by_import IS NULL AND (@period IS NULL OR g.period = @period)
      ORDER BY u.position, u.code, g.id`)
    .all({ period: period ?? null }) as GoalRow[];
  const goals = rows.map(fromRow);
  if (period !== undefined) return goals;
  const rank = periodRanks(db);
  return goals.sort((a, b) => (rank.get(a.period) ?? 0) - (rank.get(b.period) ?? 0));
}

function fromRow(r: GoalRow): Goal {
  return {
    unit: r.unit,
    period: r.period,
    code: r.code,
    title: r.title,
    indicator: r.indicator,
    target: r.target,
    actual: r.actual,
    // The column's CHECK admits only the statuses of GoalStatus.
    status: r.status as GoalStatus,
    verifiedBy: r.verified_by,
    note: r.note,
  };
}
