import type { Goal, Indicator, Mark, Observation, Period, Unit, Workbook } from '../../src-shared/model';

export interface OpenStoreOptions {
  /** Folder of the SQL migrations, for hosts that bundle the store (see migrate.ts). */
  migrationsDir?: string;
  /** Who acts, for the audit log, when a call does not say; defaults to the OS user. */
  user?: string;
}

export interface ImportMeta {
  fileName: string;
  /** SHA-256 of the imported file (hex), recorded with the import and in the audit log. */
  sha256: string;
  /** Defaults to the store's user. */
  user?: string;
  /** The period named at import time for a wide data sheet without a period column. */
  period?: string;
}

export interface ImportSummary {
  importId: number;
  /** Current observations the import replaced (they stay in history). */
  superseded: number;
  /** Observation rows written, missing values (NULL rows) included. */
  observations: number;
  goals: number;
  units: number;
  indicators: number;
  /** Periods of the workbook's observations and goals, in period order. */
  periods: string[];
  /** Indicator codes the workbook no longer lists but history references: kept, retired. */
  retired: string[];
  /** Expert marks written; only when the workbook has any. */
  marks?: number;
}

export interface ImportRecord {
  id: number;
  at: string;
  user: string;
  fileName: string;
  sha256: string;
  period: string | null;
  summary: unknown;
}

export interface PeriodSummary extends Period {
  /** Number of current (not superseded) observations of active indicators. */
  observations: number;
}

/** One value a cell has held, oldest first; the current one has `supersededAt` null. */
export interface ObservationVersion {
  value: number | null;
  importId: number;
  /** When the import that wrote the value ran. */
  at: string;
  supersededAt: string | null;
}

/** One mark an expert has given a cell, oldest first; the current one has `supersededAt` null. */
export interface MarkVersion {
  value: number;
  note: string | null;
  importId: number;
  at: string;
  supersededAt: string | null;
}

export interface AuditInput {
  action: string;
  entity: string;
  entityKey?: string | null;
  /** Any JSON-serialisable value. */
  before?: unknown;
  after?: unknown;
  fileSha256?: string | null;
  /** Defaults to the store's user. */
  user?: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  entityKey: string | null;
  before: unknown;
  after: unknown;
  fileSha256: string | null;
}

/** The current values of one period, unit by unit: unit `units[u]` has a current row on each
 * of `indicators[u]` (in code order), and its values follow the previous units' in `values`
 * in that order, NaN where a value is recorded as missing. Units with equal lists share one
 * array (at 20,000 units × 60 indicators, nearly all of them). */
export interface PeriodValues {
  units: string[];
  indicators: (readonly string[])[];
  values: Float64Array;
}

export interface SchemeWeight {
  indicator: string;
  /** Peer category the weight applies to; null = every unit. */
  category: string | null;
  weight: number;
}

export interface SchemeInput {
  name: string;
  note?: string | null;
  weights: SchemeWeight[];
  /** Every other choice of the scheme (scoring, aggregation, grades, ...), as JSON. */
  settings?: Record<string, unknown>;
  /** Who saves it, for the audit log; defaults to the store's user. */
  user?: string;
}

export interface StoredScheme {
  id: number;
  name: string;
  note: string | null;
  isBaseline: boolean;
  finalisedAt: string | null;
  createdAt: string;
  settings: Record<string, unknown>;
  weights: SchemeWeight[];
}

/** The evaluation database. Every write is one transaction: it happens whole or not at all. */
export interface Store {
  readonly path: string;
  /** The default actor of audit entries. */
  readonly user: string;
  close(): void;
  /** True until anything has been imported. */
  isEmpty(): boolean;

  listUnits(): Unit[];
  /** The active indicator tree (retired nodes left out), by position. */
  listIndicators(): Indicator[];
  /** Periods in period order (comparePeriods) with their count of current observations. */
  listPeriods(): PeriodSummary[];
  /** Current values of active indicators, by period, unit position, indicator position. */
  currentObservations(period?: string): Observation[];
  /** Every current value of one period, unit by unit in code order, each unit's indicators in
   * code order, retired indicators included (the fast read behind a period's matrix). */
  periodValues(period: string): PeriodValues;
  /** Changes whenever units, indicators or observations may have changed: an import through
   * this store, or any commit by another connection to the same file (the CLI beside the app).
   * What a reader may key a cache of derived data on. */
  dataRevision(): string;
  observationHistory(unit: string, indicator: string, period: string): ObservationVersion[];
  /** Current goals, by period, unit position, then workbook row order. */
  listGoals(period?: string): Goal[];
  /** Current expert marks of active indicators, by period, unit position, indicator position,
   * then import order. */
  listMarks(period?: string): Mark[];
  markHistory(unit: string, indicator: string, period: string, expert: string): MarkVersion[];

  /** Writes a validated workbook in one transaction (see apply-import.ts); throws and writes
   * nothing on any error. */
  applyImport(wb: Workbook, meta: ImportMeta): ImportSummary;
  listImports(): ImportRecord[];
  /** The current state as a workbook, for export. */
  readWorkbook(): Workbook;

  appendAudit(entry: AuditInput): AuditEntry;
  listAudit(): AuditEntry[];

  listSchemes(): StoredScheme[];
  /** Creates the scheme, or replaces the note, weights and settings of the unfinalised scheme
   * of that name; audited. */
  saveScheme(input: SchemeInput): StoredScheme;
  /** Renames an unfinalised scheme to a name not taken (weights go with it); audited. Each of
   * these scheme calls is one transaction and takes the acting user (default: the store's). */
  renameScheme(name: string, newName: string, user?: string): StoredScheme;
  /** Deletes an unfinalised scheme with its weights; returns it as it was; audited. */
  deleteScheme(name: string, user?: string): StoredScheme;
  /** Makes `name` the only baseline scheme, or (null) clears it; returns every scheme; audited
   * when the baseline changes. */
  setBaselineScheme(name: string | null, user?: string): StoredScheme[];
  /** Sets `finalisedAt` once; save, rename and delete then refuse the scheme; audited. */
  finaliseScheme(name: string, user?: string): StoredScheme;

  // Saved peer groups (issue 5, repositories/peerGroups.ts): each write one audited transaction.
  listPeerGroups(): StoredPeerGroup[];
  /** Creates the group, or replaces the note and members of the one of that name. */
  savePeerGroup(input: PeerGroupInput): StoredPeerGroup;
  renamePeerGroup(name: string, newName: string, user?: string): StoredPeerGroup;
  /** Deletes the group; returns it as it was. */
  deletePeerGroup(name: string, user?: string): StoredPeerGroup;

  // What-if scenarios (issue 6, repositories/scenarios.ts): each write one audited transaction.
  listScenarios(): StoredScenario[];
  /** Creates the scenario, or replaces the base scheme, definition and note of the one of that name. */
  saveScenario(input: ScenarioInput): StoredScenario;
  renameScenario(name: string, newName: string, user?: string): StoredScenario;
  /** Deletes the scenario; returns it as it was. */
  deleteScenario(name: string, user?: string): StoredScenario;
}

/** A saved, hand-picked peer group (对标组). */
export interface StoredPeerGroup {
  name: string;
  note: string | null;
  /** Unit codes in the order they were picked. */
  members: string[];
  createdAt: string;
  updatedAt: string;
}

export interface PeerGroupInput {
  name: string;
  note?: string | null;
  members: string[];
  /** Who saves it, for the audit log; defaults to the store's user. */
  user?: string;
}

/** A stored what-if scenario (issue 6): a base scheme (null = the standard computation) and a
 * definition (src-shared/engine/scenarios ScenarioDefinition, validated by the service). */
export interface StoredScenario {
  id: number;
  name: string;
  scheme: string | null;
  definition: Record<string, unknown>;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ScenarioInput {
  name: string;
  scheme: string | null;
  definition: Record<string, unknown>;
  note?: string | null;
  /** Who saves it, for the audit log; defaults to the store's user. */
  user?: string;
}
