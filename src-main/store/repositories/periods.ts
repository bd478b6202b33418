import { comparePeriods, parsePeriod, type Period } from '../../../src-shared/model';
import type { Database } from '../db';
import type { PeriodSummary } from '../types';

/** Records periods by label; kind and year are read from the label (period.ts). */
export function upsertPeriods(db: Database, codes: Iterable<string>): void {
  const upsert = db.prepare(`
    INSERT INTO periods (code, kind, year) VALUES (?, ?, ?)
    ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, year = excluded.year`);
  for (const code of codes) {
    const p = parsePeriod(code);
    upsert.run(code, p.kind, p.year);
  }
}

export function listPeriods(db: Database): PeriodSummary[] {
  const rows = db
    .prepare(`
      SELECT p.code, p.kind, p.year,
        (SELECT count(*) FROM observations o JOIN indicators i ON i.code = o.indicator
          WHERE o.period = p.code AND o.superseded_by_import IS NULL AND i.retired_at IS NULL
        ) AS observations
      FROM periods p`)
    .all() as PeriodSummary[];
  return rows.sort(comparePeriods);
}

/** Period label -> place in period order, for sorting rows that carry a period. */
export function periodRanks(db: Database): Map<string, number> {
  const periods = db.prepare('SELECT code, kind, year FROM periods').all() as Period[];
  return new Map(periods.sort(comparePeriods).map((p, i) => [p.code, i]));
}

/** Labels sorted in period order. */
export function sortPeriodCodes(codes: Iterable<string>): string[] {
  return [...codes]
    .map((code) => ({ ...parsePeriod(code), code }))
    .sort(comparePeriods)
    .map((p) => p.code);
}
