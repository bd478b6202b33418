import type { Unit } from '../../../src-shared/model';
import type { Database } from '../db';
import { parseStringRecord, toJson } from './json';

interface UnitRow {
  code: string;
  name: string;
  parent: string | null;
  level: string | null;
  category: string | null;
  groups: string;
  attributes: string;
  position: number;
}

/** Inserts new units and overwrites known ones by code; units are never deleted (history
 * refers to them). */
export function upsertUnits(db: Database, units: readonly Unit[]): void {
  const upsert = db.prepare(`
    INSERT INTO units (code, name, parent, level, category, groups, attributes, position)
    VALUES (@code, @name, @parent, @level, @category, @groups, @attributes, @position)
    ON CONFLICT (code) DO UPDATE SET
      name = excluded.name, parent = excluded.parent, level = excluded.level,
      category = excluded.category, groups = excluded.groups,
      attributes = excluded.attributes, position = excluded.position`);
  for (const u of units) {
    upsert.run({
      code: u.code,
      name: u.name,
      parent: u.parent,
      level: u.level,
      category: u.category,
      groups: toJson(u.groups),
      attributes: toJson(u.attributes),
      position: u.position,
    });
  }
}

export function listUnits(db: Database): Unit[] {
  const rows = db.prepare('SELECT * FROM units ORDER BY position, code').all() as UnitRow[];
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    parent: r.parent,
    level: r.level,
    category: r.category,
    groups: parseStringRecord(r.groups),
    attributes: parseStringRecord(r.attributes),
    position: r.position,
  }));
}
