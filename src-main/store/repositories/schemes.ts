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
