import type { Database } from '../db';
import type { AuditEntry, AuditInput } from '../types';
import { parseJson, toJsonOrNull } from './json';

interface AuditRow {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  entity_key: string | null;
  before: string | null;
  after: string | null;
  file_sha256: string | null;
}

/** Appends one entry; the table's triggers refuse to change or delete it afterwards. */
export function appendAudit(db: Database, entry: AuditInput & { user: string }, at: string): AuditEntry {
  const info = db
    .prepare(`
      INSERT INTO audit_log (at, user, action, entity, entity_key, before, after, file_sha256)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(
      at,
      entry.user,
      entry.action,
      entry.entity,
      entry.entityKey ?? null,
      toJsonOrNull(entry.before),
      toJsonOrNull(entry.after),
      entry.fileSha256 ?? null,
    );
  const row = db.prepare('SELECT * FROM audit_log WHERE id = ?').get(info.lastInsertRowid) as AuditRow;
  return fromRow(row);
}

export function listAudit(db: Database): AuditEntry[] {
  return (db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[]).map(fromRow);
}

function fromRow(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    user: r.user,
    action: r.action,
    entity: r.entity,
    entityKey: r.entity_key,
    before: parseJson(r.before),
    after: parseJson(r.after),
    fileSha256: r.file_sha256,
  };
}
