import type { Observation } from '../../../src-shared/model';
import type { Database } from '../db';
import type { ObservationVersion, PeriodValues } from '../types';
import { periodRanks } from './periods';

/**
 * Writes an import's observations. For every (unit, period) pair the import holds, the pair's
 * current rows (every indicator) are marked superseded by this import — kept, never deleted —
 * and the new rows inserted; a missing value is a NULL row, so "missing now" is history too.
 */
export function supersedeAndInsertObservations(
  db: Database,
  observations: readonly Observation[],
  importId: number,
  at: string,
): { superseded: number; inserted: number } {
  const supersede = db.prepare(`
    UPDATE observations SET superseded_by_import = ?, superseded_at = ?
    WHERE unit = ? AND period = ? AND superseded_by_import IS NULL`);
  let superseded = 0;
  for (const [unit, period] of pairsOf(observations)) {
    superseded += supersede.run(importId, at, unit, period).changes;
  }
  const insert = db.prepare(
    'INSERT INTO observations (unit, period, indicator, value, import_id) VALUES (?, ?, ?, ?, ?)',
  );
  for (const o of observations) insert.run(o.unit, o.period, o.indicator, o.value, importId);
  return { superseded, inserted: observations.length };
}

/** Current values of active indicators, ordered by period, unit position, indicator position. */
export function currentObservations(db: Database, period?: string): Observation[] {
  const rows = db
    .prepare(`
      SELECT o.unit, o.period, o.indicator, o.value
      FROM observations o
      JOIN units u ON u.code = o.unit
      JOIN indicators i ON i.code = o.indicator
      WHERE o.superseded_by_import IS NULL AND i.retired_at IS NULL
        AND (@period IS NULL OR o.period = @period)
      ORDER BY u.position, u.code, i.position, i.code`)
    .all({ period: period ?? null }) as Observation[];
  if (period !== undefined) return rows;
  const rank = periodRanks(db);
  // Array.prototype.sort is stable: unit and indicator order survive within a period.
  return rows.sort((a, b) => (rank.get(a.period) ?? 0) - (rank.get(b.period) ?? 0));
}

/** Every current value of one period, unit by unit (PeriodValues): the fast read behind a
 * period's matrix (1.2 million values at 20,000 units × 60 indicators). Retired indicators are
 * included: the caller keeps the columns it scores. Two queries in one read transaction, both
 * in the order of the index on (period, unit, indicator), so neither sorts: each unit's list of
 * indicators as one string, then the values alone. A row per value with its unit and indicator
 * would make two JavaScript strings per value: measured at that size, 2.3 s against 0.6 s. */
export function periodValues(db: Database, period: string): PeriodValues {
  const read = db.transaction((): PeriodValues => {
    const lists = db
      .prepare(
        `SELECT unit, group_concat(indicator, char(31) ORDER BY indicator) FROM observations
          WHERE period = ? AND superseded_by_import IS NULL GROUP BY unit ORDER BY unit`,
      )
      .raw(true)
      .all(period) as [string, string][];
    const raw = db
      .prepare('SELECT value FROM observations WHERE period = ? AND superseded_by_import IS NULL ORDER BY unit, indicator')
      .pluck(true)
      .all(period) as (number | null)[];
    const parsed = new Map<string, readonly string[]>();
    const units = new Array<string>(lists.length);
    const indicators = new Array<readonly string[]>(lists.length);
    let count = 0;
    lists.forEach(([unit, joined], u) => {
      let list = parsed.get(joined);
      if (!list) parsed.set(joined, (list = joined.split('\x1f')));
      units[u] = unit;
      indicators[u] = list;
      count += list.length;
    });
    // An indicator code is letters, digits, '_', '.' and '-' (the import refuses others), so
    // never holds the separator U+001F; were one to, the counts would differ here.
    if (count !== raw.length) throw new Error(`periodValues: ${count} indicator codes for ${raw.length} values in period ${period}`);
    return { units, indicators, values: Float64Array.from(raw, (v) => (v === null ? NaN : v)) };
  });
  return read();
}

export function observationHistory(db: Database, unit: string, indicator: string, period: string): ObservationVersion[] {
  return db
    .prepare(`
      SELECT o.value, o.import_id AS importId, im.at, o.superseded_at AS supersededAt
      FROM observations o JOIN imports im ON im.id = o.import_id
      WHERE o.unit = ? AND o.indicator = ? AND o.period = ?
      ORDER BY o.id`)
    .all(unit, indicator, period) as ObservationVersion[];
}

/** The distinct (unit, period) pairs of a list of rows, in first-seen order. */
export function pairsOf(rows: readonly { unit: string; period: string }[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const r of rows) {
    const key = JSON.stringify([r.unit, r.period]);
    if (!seen.has(key)) seen.set(key, [r.unit, r.period]);
  }
  return [...seen.values()];
}
