import type { Goal, Indicator, Mark, Observation, Unit, Workbook } from '../../src-shared/model';
import { applyImport } from './apply-import';
import { openDatabase, type Database } from './db';
import * as audit from './repositories/audit';
import * as goals from './repositories/goals';
import * as imports from './repositories/imports';
import * as indicators from './repositories/indicators';
import * as marks from './repositories/marks';
import * as observations from './repositories/observations';
import * as peerGroups from './repositories/peerGroups';
import * as scenarios from './repositories/scenarios';
import * as periods from './repositories/periods';
import * as schemes from './repositories/schemes';
import * as units from './repositories/units';
import type {
  AuditEntry,
  AuditInput,
  ImportMeta,
  ImportRecord,
  ImportSummary,
  MarkVersion,
  ObservationVersion,
  OpenStoreOptions,
  PeerGroupInput,
  StoredPeerGroup,
  PeriodSummary,
  PeriodValues,
  ScenarioInput,
  StoredScenario,
  SchemeInput,
  StoredScheme,
  Store,
} from './types';
import { osUser } from './user';

/** The Store over one SQLite connection; the repositories hold the SQL. */
export class SqliteStore implements Store {
  readonly path: string;
  readonly user: string;
  private readonly db: Database;
  /** Imports applied through this connection (SQLite's data_version counts only the others'). */
  private importsApplied = 0;
  private periods: { revision: string; list: PeriodSummary[] } | null = null;

  constructor(path: string, opts: OpenStoreOptions = {}) {
    this.path = path;
    this.user = opts.user ?? osUser();
    this.db = openDatabase(path, { migrationsDir: opts.migrationsDir });
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  isEmpty(): boolean {
    const row = this.db
      .prepare(`SELECT NOT EXISTS (SELECT 1 FROM units) AND NOT EXISTS (SELECT 1 FROM indicators)
        AND NOT EXISTS (SELECT 1 FROM imports) AS empty`)
      .get() as { empty: number };
    return row.empty === 1;
  }

  listUnits(): Unit[] {
    return units.listUnits(this.db);
  }

  listIndicators(): Indicator[] {
    return indicators.listIndicators(this.db);
  }

  listPeriods(): PeriodSummary[] {
    // Counting a period's observations reads all of them (0.4 s at 1.2 million), and nearly
    // every call resolves its period through this list: kept until the data revision changes.
    const revision = this.dataRevision();
    if (this.periods?.revision !== revision) this.periods = { revision, list: periods.listPeriods(this.db) };
    return this.periods.list.map((p) => ({ ...p }));
  }

  currentObservations(period?: string): Observation[] {
    return observations.currentObservations(this.db, period);
  }

  periodValues(period: string): PeriodValues {
    return observations.periodValues(this.db, period);
  }

  observationHistory(unit: string, indicator: string, period: string): ObservationVersion[] {
    return observations.observationHistory(this.db, unit, indicator, period);
  }

  listGoals(period?: string): Goal[] {
    return goals.listGoals(this.db, period);
  }

  listMarks(period?: string): Mark[] {
    return marks.listMarks(this.db, period);
  }

  markHistory(unit: string, indicator: string, period: string, expert: string): MarkVersion[] {
    return marks.markHistory(this.db, unit, indicator, period, expert);
  }

  applyImport(wb: Workbook, meta: ImportMeta): ImportSummary {
    try {
      return applyImport(this.db, wb, meta, meta.user ?? this.user);
    } finally {
      // Also after a failed (rolled back) import: a needless new revision costs one re-read.
      this.importsApplied++;
    }
  }

  dataRevision(): string {
    return `${this.importsApplied}:${this.db.pragma('data_version', { simple: true })}`;
  }

  listImports(): ImportRecord[] {
    return imports.listImports(this.db);
  }

  readWorkbook(): Workbook {
    // One read transaction, so the lists come from the same snapshot.
    return this.db.transaction((): Workbook => {
      const wb: Workbook = {
        indicators: this.listIndicators(),
        units: this.listUnits(),
        observations: this.currentObservations(),
        goals: this.listGoals(),
      };
      // Marks only when there are any, as the workbook reader gives them.
      const current = this.listMarks();
      if (current.length > 0) wb.marks = current;
      return wb;
    })();
  }

  appendAudit(entry: AuditInput): AuditEntry {
    const write = this.db.transaction(() =>
      audit.appendAudit(this.db, { ...entry, user: entry.user ?? this.user }, new Date().toISOString()),
    );
    return write.immediate();
  }

  listAudit(): AuditEntry[] {
    return audit.listAudit(this.db);
  }

  listSchemes(): StoredScheme[] {
    return schemes.listSchemes(this.db);
  }

  saveScheme(input: SchemeInput): StoredScheme {
    const write = this.db.transaction(() => schemes.saveScheme(this.db, input, input.user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  renameScheme(name: string, newName: string, user?: string): StoredScheme {
    const write = this.db.transaction(() => schemes.renameScheme(this.db, name, newName, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  deleteScheme(name: string, user?: string): StoredScheme {
    const write = this.db.transaction(() => schemes.deleteScheme(this.db, name, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  setBaselineScheme(name: string | null, user?: string): StoredScheme[] {
    const write = this.db.transaction(() => schemes.setBaselineScheme(this.db, name, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  finaliseScheme(name: string, user?: string): StoredScheme {
    const write = this.db.transaction(() => schemes.finaliseScheme(this.db, name, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  // Saved peer groups (issue 5).
  listPeerGroups(): StoredPeerGroup[] {
    return peerGroups.listPeerGroups(this.db);
  }

  savePeerGroup(input: PeerGroupInput): StoredPeerGroup {
    const write = this.db.transaction(() => peerGroups.savePeerGroup(this.db, input, input.user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  renamePeerGroup(name: string, newName: string, user?: string): StoredPeerGroup {
    const write = this.db.transaction(() => peerGroups.renamePeerGroup(this.db, name, newName, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  deletePeerGroup(name: string, user?: string): StoredPeerGroup {
    const write = this.db.transaction(() => peerGroups.deletePeerGroup(this.db, name, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  // What-if scenarios (issue 6).
  listScenarios(): StoredScenario[] {
    return scenarios.listScenarios(this.db);
  }

  saveScenario(input: ScenarioInput): StoredScenario {
    const write = this.db.transaction(() => scenarios.saveScenario(this.db, input, input.user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  renameScenario(name: string, newName: string, user?: string): StoredScenario {
    const write = this.db.transaction(() => scenarios.renameScenario(this.db, name, newName, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }

  deleteScenario(name: string, user?: string): StoredScenario {
    const write = this.db.transaction(() => scenarios.deleteScenario(this.db, name, user ?? this.user, new Date().toISOString()));
    return write.immediate();
  }
}
