import type { Database } from '../db';
import type { ImportRecord } from '../types';
import { parseJson, toJson } from './json';

export function insertImport(
  db: Database,
  row: { at: string; user: string; fileName: string; sha256: string; period: string | null },
): number {
  const info = db
    .prepare('INSERT INTO imports (at, user, file_name, sha256, period) VALUES (?, ?, ?, ?, ?)')
    .run(row.at, row.user, row.fileName, row.sha256, row.period);
  return Number(info.lastInsertRowid);
}

export function setImportSummary(db: Database, id: number, summary: unknown): void {
  db.prepare('UPDATE imports SET summary = ? WHERE id = ?').run(toJson(summary), id);
}

export function listImports(db: Database): ImportRecord[] {
  const rows = db
    .prepare('SELECT id, at, user, file_name AS fileName, sha256, period, summary FROM imports ORDER BY id')
    .all() as (Omit<ImportRecord, 'summary'> & { summary: string })[];
  return rows.map((r) => ({ ...r, summary: parseJson(r.summary) }));
}
