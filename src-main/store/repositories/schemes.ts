import { KaopingError } from '../../../src-shared/api/errors';
import type { Database } from '../db';
import type { SchemeInput, SchemeWeight, StoredScheme } from '../types';
import { appendAudit } from './audit';
import { isActiveIndicator } from './indicators';
import { parseJson, toJson } from './json';

interface SchemeRow {
  id: number;
  name: string;
  note: string | null;
  is_baseline: number;
  finalised_at: string | null;
  created_at: string;
  settings: string;
}

export function listSchemes(db: Database): StoredScheme[] {
  const rows = db.prepare('SELECT * FROM weight_schemes ORDER BY id').all() as SchemeRow[];
  const weights = db.prepare(
    'SELECT indicator, category, weight FROM scheme_weights WHERE scheme_id = ? ORDER BY rowid',
  );
  return rows.map((r) => fromRow(r, weights.all(r.id) as SchemeWeight[]));
}

function schemeByName(db: Database, name: string): StoredScheme | null {
  return listSchemes(db).find((s) => s.name === name) ?? null;
}

/** The scheme of that name, or `store.unknownScheme` naming the ones there are. */
function existingScheme(db: Database, name: string): StoredScheme {
  const found = schemeByName(db, name);
  if (found) return found;
  const known = (db.prepare('SELECT name FROM weight_schemes ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  throw new KaopingError('store.unknownScheme', { name, known: known.join(', ') });
}

/** Creates a scheme or replaces the note, weights and settings of an unfinalised one of the same name,
 * with an audit entry holding both versions. Call inside a transaction. */
export function saveScheme(db: Database, input: SchemeInput, user: string, at: string): StoredScheme {
  checkWeights(db, input.weights);
  const before = schemeByName(db, input.name);
  if (before?.finalisedAt) throw new KaopingError('store.schemeFinalised', { name: input.name });
  let id: number;
  if (before) {
    id = before.id;
    db.prepare('UPDATE weight_schemes SET note = ?, settings = ? WHERE id = ?').run(input.note ?? null, toJson(input.settings ?? {}), id);
    db.prepare('DELETE FROM scheme_weights WHERE scheme_id = ?').run(id);
  } else {
    const info = db
      .prepare('INSERT INTO weight_schemes (name, note, created_at, settings) VALUES (?, ?, ?, ?)')
      .run(input.name, input.note ?? null, at, toJson(input.settings ?? {}));
    id = Number(info.lastInsertRowid);
  }
  const insert = db.prepare('INSERT INTO scheme_weights (scheme_id, indicator, category, weight) VALUES (?, ?, ?, ?)');
  for (const w of input.weights) insert.run(id, w.indicator, w.category, w.weight);
  const after = schemeByName(db, input.name);
  if (!after) throw new Error(`scheme ${input.name} vanished while saving`);
  appendAudit(db, { user, action: 'save', entity: 'weight_scheme', entityKey: input.name, before, after }, at);
  return after;
}

/** Renames an unfinalised scheme; its weights (keyed by the scheme's id) go with it. Renaming
 * to its own name changes nothing and writes nothing. Call inside a transaction. */
export function renameScheme(db: Database, name: string, newName: string, user: string, at: string): StoredScheme {
  const before = existingScheme(db, name);
  if (before.finalisedAt) throw new KaopingError('store.schemeFinalised', { name });
  if (newName === name) return before;
  if (schemeByName(db, newName)) throw new KaopingError('store.schemeNameTaken', { name: newName });
  db.prepare('UPDATE weight_schemes SET name = ? WHERE id = ?').run(newName, before.id);
  const after = existingScheme(db, newName);
  appendAudit(db, { user, action: 'rename', entity: 'weight_scheme', entityKey: newName, before, after }, at);
  return after;
}

/** Deletes an unfinalised scheme and (by the foreign key's cascade) its weights; the audit entry
 * keeps the whole scheme as `before`. Call inside a transaction. */
export function deleteScheme(db: Database, name: string, user: string, at: string): StoredScheme {
  const before = existingScheme(db, name);
  if (before.finalisedAt) throw new KaopingError('store.schemeFinalisedNoDelete', { name, finalisedAt: dateOf(before.finalisedAt) });
  // scenarios.scheme_id has no cascade: a scenario built on the scheme would otherwise surface as
  // a bare foreign-key failure.
  const scenario = db.prepare('SELECT name FROM scenarios WHERE scheme_id = ? ORDER BY id LIMIT 1').get(before.id) as
    | { name: string }
    | undefined;
  if (scenario) throw new KaopingError('store.schemeUsedByScenario', { name, scenario: scenario.name });
  db.prepare('DELETE FROM weight_schemes WHERE id = ?').run(before.id);
  appendAudit(db, { user, action: 'delete', entity: 'weight_scheme', entityKey: name, before, after: null }, at);
  return before;
}

/** Makes `name` the one baseline scheme, or (null) leaves none. Finalised schemes may be the
 * baseline: the flag says what rankings are compared with, not what the scheme holds. The audit
 * entry records the baseline before and after; when it does not change nothing is written.
 * Call inside a transaction. */
export function setBaselineScheme(db: Database, name: string | null, user: string, at: string): StoredScheme[] {
  const target = name === null ? null : existingScheme(db, name);
  const current = listSchemes(db).filter((s) => s.isBaseline);
  const unchanged = target === null ? current.length === 0 : current.length === 1 && current[0].id === target.id;
  if (unchanged) return listSchemes(db);
  db.prepare('UPDATE weight_schemes SET is_baseline = 0 WHERE is_baseline = 1').run();
  if (target) db.prepare('UPDATE weight_schemes SET is_baseline = 1 WHERE id = ?').run(target.id);
  const before = { baseline: current.map((s) => s.name)[0] ?? null };
  appendAudit(
    db,
    { user, action: 'setBaseline', entity: 'weight_scheme', entityKey: name, before, after: { baseline: name } },
    at,
  );
  return listSchemes(db);
}

/** Finalises a scheme: `finalised_at` is set once, after which save, rename and delete refuse
 * it. Finalising twice is refused (the first date stands). Call inside a transaction. */
export function finaliseScheme(db: Database, name: string, user: string, at: string): StoredScheme {
  const before = existingScheme(db, name);
  if (before.finalisedAt) throw new KaopingError('store.schemeAlreadyFinalised', { name, finalisedAt: dateOf(before.finalisedAt) });
  db.prepare('UPDATE weight_schemes SET finalised_at = ? WHERE id = ?').run(at, before.id);
  const after = existingScheme(db, name);
  appendAudit(db, { user, action: 'finalise', entity: 'weight_scheme', entityKey: name, before, after }, at);
  return after;
}

/** The day of an ISO timestamp, as a message shows it. */
function dateOf(at: string): string {
  return at.slice(0, 10);
}

/** User-made mistakes become message keys, not constraint failures. */
function checkWeights(db: Database, weights: readonly SchemeWeight[]): void {
  const seen = new Set<string>();
  for (const w of weights) {
    if (!isActiveIndicator(db, w.indicator)) throw new KaopingError('store.unknownWeightIndicator', { indicator: w.indicator });
    if (!Number.isFinite(w.weight) || w.weight < 0) {
      throw new KaopingError('store.invalidWeight', { indicator: w.indicator, weight: String(w.weight) });
    }
    const key = JSON.stringify([w.indicator, w.category]);
    if (seen.has(key)) {
      throw new KaopingError('store.duplicateWeight', { indicator: w.indicator, category: w.category ?? '' });
    }
    seen.add(key);
  }
}

function fromRow(r: SchemeRow, weights: SchemeWeight[]): StoredScheme {
  const settings = parseJson(r.settings);
  return {
    id: r.id,
    name: r.name,
    note: r.note,
    isBaseline: r.is_baseline === 1,
    finalisedAt: r.finalised_at,
    createdAt: r.created_at,
    settings: settings && typeof settings === 'object' ? (settings as Record<string, unknown>) : {},
    weights,
  };
}
