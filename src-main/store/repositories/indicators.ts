import type { AggregationMethod, Indicator, IndicatorKind, ScoringMethod } from '../../../src-shared/model';
import type { Database } from '../db';
import { parseStringRecord, toJson } from './json';

interface IndicatorRow {
  code: string;
  name: string;
  name_en: string | null;
  parent: string | null;
  weight: number;
  direction: number;
  unit: string | null;
  kind: string;
  fine_kind: string | null;
  scoring: string;
  aggregation: string;
  target: number | null;
  typical_min: number | null;
  typical_max: number | null;
  department: string | null;
  description: string | null;
  attributes: string;
  position: number;
}

export function listIndicators(db: Database): Indicator[] {
  const rows = db
    .prepare('SELECT * FROM indicators WHERE retired_at IS NULL ORDER BY position, code')
    .all() as IndicatorRow[];
  return rows.map(fromRow);
}

export interface TreeChange {
  /** Absent nodes still referenced by history (or above such a node): kept, retired. */
  retired: string[];
  /** Absent nodes nothing referenced: removed. */
  deleted: string[];
}

/**
 * Makes `tree` the active indicator tree. Nodes it lists are written (and un-retired if they
 * were retired). Nodes it does not list are retired when observations, goals, marks or scheme
 * weights refer to them — and so are their absent ancestors, so a retired node's parent
 * still exists — and deleted otherwise. The parent key is deferred to the commit.
 */
export function replaceIndicatorTree(db: Database, tree: readonly Indicator[], at: string): TreeChange {
  const upsert = db.prepare(`
    INSERT INTO indicators (code, name, name_en, parent, weight, direction, unit, kind, fine_kind,
      scoring, aggregation, target, typical_min, typical_max, department, description,
      attributes, position, retired_at)
    VALUES (@code, @name, @name_en, @parent, @weight, @direction, @unit, @kind, @fine_kind,
      @scoring, @aggregation, @target, @typical_min, @typical_max, @department, @description,
      @attributes, @position, NULL)
    ON CONFLICT (code) DO UPDATE SET
      name = excluded.name, name_en = excluded.name_en, parent = excluded.parent,
      weight = excluded.weight, direction = excluded.direction, unit = excluded.unit,
      kind = excluded.kind, fine_kind = excluded.fine_kind, scoring = excluded.scoring,
      aggregation = excluded.aggregation, target = excluded.target,
      typical_min = excluded.typical_min, typical_max = excluded.typical_max,
      department = excluded.department, description = excluded.description,
      attributes = excluded.attributes, position = excluded.position, retired_at = NULL`);
  for (const node of tree) upsert.run(toRow(node));

  const listed = new Set(tree.map((n) => n.code));
  const stored = db.prepare('SELECT code, parent FROM indicators').all() as { code: string; parent: string | null }[];
  const parentOf = new Map(stored.map((r) => [r.code, r.parent]));
  const absent = stored.map((r) => r.code).filter((c) => !listed.has(c));

  const referenced = db.prepare(`
    SELECT EXISTS (SELECT 1 FROM observations WHERE indicator = @code)
        OR EXISTS (SELECT 1 FROM goals WHERE indicator = @code)
        OR EXISTS (SELECT 1 FROM marks WHERE indicator = @code)
        OR EXISTS (SELECT 1 FROM scheme_weights WHERE indicator = @code)`).pluck();
  const keep = new Set<string>();
  for (const code of absent) {
    if (!referenced.get({ code })) continue;
    // Walk up while the ancestors are absent too; stop at a listed or already kept node.
    for (let c: string | null | undefined = code; c && !listed.has(c) && !keep.has(c); c = parentOf.get(c)) keep.add(c);
  }

  const retire = db.prepare('UPDATE indicators SET retired_at = coalesce(retired_at, ?) WHERE code = ?');
  const remove = db.prepare('DELETE FROM indicators WHERE code = ?');
  const change: TreeChange = { retired: [], deleted: [] };
  for (const code of absent) {
    if (keep.has(code)) {
      retire.run(at, code);
      change.retired.push(code);
    } else {
      remove.run(code);
      change.deleted.push(code);
    }
  }
  return change;
}

/** Whether `code` is a node of the active (not retired) tree. */
export function isActiveIndicator(db: Database, code: string): boolean {
  return db.prepare('SELECT 1 FROM indicators WHERE code = ? AND retired_at IS NULL').get(code) !== undefined;
}

function toRow(n: Indicator): Record<string, string | number | null> {
  return {
    code: n.code,
    name: n.name,
    name_en: n.nameEn,
    parent: n.parent,
    weight: n.weight,
    direction: n.direction,
    unit: n.unit,
    kind: n.kind,
    fine_kind: n.fineKind,
    scoring: n.scoring,
    aggregation: n.aggregation,
    target: n.target,
    typical_min: n.typicalMin,
    typical_max: n.typicalMax,
    department: n.department,
    description: n.description,
    attributes: toJson(n.attributes),
    position: n.position,
  };
}

function fromRow(r: IndicatorRow): Indicator {
  return {
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    parent: r.parent,
    weight: r.weight,
    direction: r.direction === -1 ? -1 : 1,
    unit: r.unit,
    // The importer validated these; the casts name the domain types the columns hold.
    kind: r.kind as IndicatorKind,
    fineKind: r.fine_kind,
    scoring: r.scoring as ScoringMethod,
    aggregation: r.aggregation as AggregationMethod,
    target: r.target,
    typicalMin: r.typical_min,
    typicalMax: r.typical_max,
    department: r.department,
    description: r.description,
    attributes: parseStringRecord(r.attributes),
    position: r.position,
  };
}
