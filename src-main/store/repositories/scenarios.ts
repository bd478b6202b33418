import { KaopingError } from '../../../src-shared/api/errors';
import type { Database } from '../db';
import type { ScenarioInput, StoredScenario } from '../types';
import { appendAudit } from './audit';
import { parseJson, toJson } from './json';

interface ScenarioRow {
  id: number;
  name: string;
  scheme: string | null;
  definition: string;
  note: string | null;
  created_at: string;
  updated_at: string | null;
}

const SELECT = `
  SELECT s.id, s.name, w.name AS scheme, s.definition, s.note, s.created_at, s.updated_at
  FROM scenarios s LEFT JOIN weight_schemes w ON w.id = s.scheme_id`;

export function listScenarios(db: Database): StoredScenario[] {
  return (db.prepare(`${SELECT} ORDER BY s.id`).all() as ScenarioRow[]).map(fromRow);
}

function scenarioByName(db: Database, name: string): StoredScenario | null {
  const row = db.prepare(`${SELECT} WHERE s.name = ?`).get(name) as ScenarioRow | undefined;
  return row ? fromRow(row) : null;
}

/** The scenario of that name, or `scenarios.unknownScenario` naming the ones there are. */
function existingScenario(db: Database, name: string): StoredScenario {
  const found = scenarioByName(db, name);
  if (found) return found;
  const known = listScenarios(db).map((s) => s.name);
  throw new KaopingError('scenarios.unknownScenario', { name, known: known.join(', ') });
}

/** The id of a stored scheme, or `store.unknownScheme`. */
function schemeId(db: Database, name: string): number {
  const row = db.prepare('SELECT id FROM weight_schemes WHERE name = ?').get(name) as { id: number } | undefined;
  if (row) return row.id;
  const known = (db.prepare('SELECT name FROM weight_schemes ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  throw new KaopingError('store.unknownScheme', { name, known: known.join(', ') });
}

/** Creates a scenario or replaces the base scheme, definition and note of the one of that name,
 * with an audit entry holding both versions. The definition is stored as given (the service
 * validates it). Call inside a transaction. */
export function saveScenario(db: Database, input: ScenarioInput, user: string, at: string): StoredScenario {
  const id = input.scheme === null ? null : schemeId(db, input.scheme);
  const before = scenarioByName(db, input.name);
  if (before) {
    db.prepare('UPDATE scenarios SET scheme_id = ?, definition = ?, note = ?, updated_at = ? WHERE id = ?').run(
      id,
      toJson(input.definition),
      input.note ?? null,
      at,
      before.id,
    );
  } else {
    db.prepare('INSERT INTO scenarios (name, scheme_id, definition, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      input.name,
      id,
      toJson(input.definition),
      input.note ?? null,
      at,
      at,
    );
  }
  const after = existingScenario(db, input.name);
  appendAudit(db, { user, action: 'save', entity: 'scenario', entityKey: input.name, before, after }, at);
  return after;
}

/** Renames a scenario; renaming to its own name writes nothing. Call inside a transaction. */
export function renameScenario(db: Database, name: string, newName: string, user: string, at: string): StoredScenario {
  const before = existingScenario(db, name);
  if (newName === name) return before;
  if (scenarioByName(db, newName)) throw new KaopingError('scenarios.scenarioNameTaken', { name: newName });
  db.prepare('UPDATE scenarios SET name = ?, updated_at = ? WHERE id = ?').run(newName, at, before.id);
  const after = existingScenario(db, newName);
  appendAudit(db, { user, action: 'rename', entity: 'scenario', entityKey: newName, before, after }, at);
  return after;
}

/** Deletes a scenario; the audit entry keeps it whole as `before`. Call inside a transaction. */
export function deleteScenario(db: Database, name: string, user: string, at: string): StoredScenario {
  const before = existingScenario(db, name);
  db.prepare('DELETE FROM scenarios WHERE id = ?').run(before.id);
  appendAudit(db, { user, action: 'delete', entity: 'scenario', entityKey: name, before, after: null }, at);
  return before;
}

function fromRow(r: ScenarioRow): StoredScenario {
  const definition = parseJson(r.definition);
  return {
    id: r.id,
    name: r.name,
    scheme: r.scheme,
    definition: definition && typeof definition === 'object' ? (definition as Record<string, unknown>) : {},
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at ?? r.created_at,
  };
}
