import type { Mark } from '../../../src-shared/model';
import type { Database } from '../db';
import type { MarkVersion } from '../types';
import { pairsOf } from './observations';
import { periodRanks } from './periods';

/** Same scheme as observations and goals: the marks of every (unit, period) pair the import
 * holds replace that pair's current marks (every indicator and expert), which stay as history.
 * Returns the count superseded. */
export function supersedeAndInsertMarks(db: Database, marks: readonly Mark[], importId: number, at: string): number {
  const supersede = db.prepare(`
    UPDATE marks SET superseded_by_import = ?, superseded_at = ?
    WHERE unit = ? AND period = ? AND superseded_by_import IS NULL`);
  let superseded = 0;
  for (const [unit, period] of pairsOf(marks)) superseded += supersede.run(importId, at, unit, period).changes;
  const insert = db.prepare(`
    INSERT INTO marks (unit, period, indicator, expert, value, note, import_id)
    VALUES (@unit, @period, @indicator, @expert, @value, @note, @importId)`);
  for (const m of marks) insert.run({ ...m, importId });
  return superseded;
}

/** Current marks of active indicators, by period, unit position, indicator position, then the
 * order they were imported in. */
export function listMarks(db: Database, period?: string): Mark[] {
  const rows = db
    .prepare(`
      SELECT m.unit, m.period, m.indicator, m.expert, m.value, m.note
      FROM marks m
      JOIN units u ON u.code = m.unit
      JOIN indicators i ON i.code = m.indicator
      WHERE m.superseded_by_import IS NULL AND i.retired_at IS NULL
        AND (@period IS NULL OR m.period = @period)
      ORDER BY u.position, u.code, i.position, i.code, m.id`)
    .all({ period: period ?? null }) as Mark[];
  if (period !== undefined) return rows;
  const rank = periodRanks(db);
  // Array.prototype.sort is stable: unit, indicator and import order survive within a period.
  return rows.sort((a, b) => (rank.get(a.period) ?? 0) - (rank.get(b.period) ?? 0));
}

/** Every mark one expert has given one unit on one indicator in one period, oldest first; the
 * current one has `supersededAt` null. */
export function markHistory(db: Database, unit: string, indicator: string, period: string, expert: string): MarkVersion[] {
  return db
    .prepare(`
      SELECT m.value, m.note, m.import_id AS importId, im.at, m.superseded_at AS supersededAt
      FROM marks m JOIN imports im ON im.id = m.import_id
      WHERE m.unit = ? AND m.indicator = ? AND m.period = ? AND m.expert = ?
      ORDER BY m.id`)
    .all(unit, indicator, period, expert) as MarkVersion[];
}
