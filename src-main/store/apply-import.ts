import { KaopingError } from '../../src-shared/api/errors';
import type { Workbook } from '../../src-shared/model';
import type { Database } from './db';
import { appendAudit } from './repositories/audit';
import { supersedeAndInsertGoals } from './repositories/goals';
import { insertImport, setImportSummary } from './repositories/imports';
import { replaceIndicatorTree } from './repositories/indicators';
import { supersedeAndInsertMarks } from './repositories/marks';
import { supersedeAndInsertObservations } from './repositories/observations';
import { sortPeriodCodes, upsertPeriods } from './repositories/periods';
import { upsertUnits } from './repositories/units';
import type { ImportMeta, ImportSummary } from './types';

/**
 * Writes a validated workbook in ONE immediate transaction; if anything throws (a constraint,
 * a deferred parent key at commit), SQLite rolls all of it back and the file is unchanged.
 *
 * 1. an `imports` row; 2. units upserted by code; 3. the indicator tree replaced (absent
 * nodes retired or deleted, see replaceIndicatorTree); 4. periods upserted; 5. for every
 * (unit, period) pair of the workbook's observations, that pair's current values superseded
 * and the new ones inserted (missing values as NULL rows); 6. the same for goals, and for
 * expert marks; 7. an audit entry `import` whose `after` is the summary, with the file's SHA-256.
 */
export function applyImport(db: Database, wb: Workbook, meta: ImportMeta, user: string): ImportSummary {
  checkIndicatorReferences(wb);
  const run = db.transaction((): ImportSummary => {
    const at = new Date().toISOString();
    const importId = insertImport(db, { at, user, fileName: meta.fileName, sha256: meta.sha256, period: meta.period ?? null });
    upsertUnits(db, wb.units);
    const tree = replaceIndicatorTree(db, wb.indicators, at);
    const marks = wb.marks ?? [];
    const periods = sortPeriodCodes(
      new Set([...wb.observations.map((o) => o.period), ...wb.goals.map((g) => g.period), ...marks.map((m) => m.period)]),
    );
    upsertPeriods(db, periods);
    const obs = supersedeAndInsertObservations(db, wb.observations, importId, at);
    supersedeAndInsertGoals(db, wb.goals, importId, at);
    supersedeAndInsertMarks(db, marks, importId, at);
    const summary: ImportSummary = {
      importId,
      superseded: obs.superseded,
      observations: obs.inserted,
      goals: wb.goals.length,
      units: wb.units.length,
      indicators: wb.indicators.length,
      periods,
      retired: tree.retired,
    };
    if (marks.length > 0) summary.marks = marks.length;
    setImportSummary(db, importId, summary);
    appendAudit(
      db,
      { user, action: 'import', entity: 'import', entityKey: String(importId), after: summary, fileSha256: meta.sha256 },
      at,
    );
    return summary;
  });
  return run.immediate();
}

/** Observations, goals and marks may only name indicators of the workbook's own tree. The foreign
 * key alone would accept a node this import retires, so the rule is checked here. */
function checkIndicatorReferences(wb: Workbook): void {
  const codes = new Set(wb.indicators.map((n) => n.code));
  for (const o of wb.observations) {
    if (!codes.has(o.indicator)) {
      throw new KaopingError('store.unknownIndicator', { indicator: o.indicator, unit: o.unit, period: o.period });
    }
  }
  for (const g of wb.goals) {
    if (g.indicator !== null && !codes.has(g.indicator)) {
      throw new KaopingError('store.unknownIndicator', { indicator: g.indicator, unit: g.unit, period: g.period });
    }
  }
  for (const m of wb.marks ?? []) {
    if (!codes.has(m.indicator)) {
      throw new KaopingError('store.unknownIndicator', { indicator: m.indicator, unit: m.unit, period: m.period });
    }
  }
}
