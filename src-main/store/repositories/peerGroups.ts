import { KaopingError } from '../../../src-shared/api/errors';
import type { Database } from '../db';
import type { PeerGroupInput, StoredPeerGroup } from '../types';
import { appendAudit } from './audit';

interface GroupRow {
  id: number;
  name: string;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export function listPeerGroups(db: Database): StoredPeerGroup[] {
  const rows = db.prepare('SELECT * FROM peer_groups ORDER BY name').all() as GroupRow[];
  const members = db.prepare('SELECT unit FROM peer_group_members WHERE group_id = ? ORDER BY position');
  return rows.map((r) => ({
    name: r.name,
    note: r.note,
    members: (members.all(r.id) as { unit: string }[]).map((m) => m.unit),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

function groupByName(db: Database, name: string): StoredPeerGroup | null {
  return listPeerGroups(db).find((g) => g.name === name) ?? null;
}

/** The group of that name, or `peers.unknownGroup` naming the ones there are. */
function existingGroup(db: Database, name: string): StoredPeerGroup {
  const found = groupByName(db, name);
  if (found) return found;
  const known = listPeerGroups(db).map((g) => g.name);
  throw new KaopingError('peers.unknownGroup', { name, known: known.join(', ') || '—' });
}

/** A group needs a name, at least one member, each member once, and only units the database
 * knows: a typo in a code must not save a group that silently compares with nobody. */
function checkInput(db: Database, input: PeerGroupInput): void {
  if (input.name.trim() === '') throw new KaopingError('peers.emptyName');
  if (input.members.length === 0) throw new KaopingError('peers.emptyGroup', { name: input.name });
  const seen = new Set<string>();
  const known = db.prepare('SELECT 1 FROM units WHERE code = ?');
  for (const unit of input.members) {
    if (seen.has(unit)) throw new KaopingError('peers.duplicateMember', { name: input.name, unit });
    seen.add(unit);
    if (!known.get(unit)) throw new KaopingError('peers.unknownMember', { name: input.name, unit });
  }
}

/** Creates a group or replaces the note and members of the one of that name, with an audit
 * entry holding both versions. Call inside a transaction. */
export function savePeerGroup(db: Database, input: PeerGroupInput, user: string, at: string): StoredPeerGroup {
  const name = input.name.trim();
  checkInput(db, { ...input, name });
  const before = groupByName(db, name);
  let id: number;
  if (before) {
    id = (db.prepare('SELECT id FROM peer_groups WHERE name = ?').get(name) as { id: number }).id;
    db.prepare('UPDATE peer_groups SET note = ?, updated_at = ? WHERE id = ?').run(input.note ?? null, at, id);
    db.prepare('DELETE FROM peer_group_members WHERE group_id = ?').run(id);
  } else {
    const info = db
      .prepare('INSERT INTO peer_groups (name, note, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(name, input.note ?? null, at, at);
    id = Number(info.lastInsertRowid);
  }
  const insert = db.prepare('INSERT INTO peer_group_members (group_id, unit, position) VALUES (?, ?, ?)');
  input.members.forEach((unit, k) => insert.run(id, unit, k));
  const after = existingGroup(db, name);
  appendAudit(db, { user, action: 'save', entity: 'peer_group', entityKey: name, before, after }, at);
  return after;
}

/** Renames a group to a name not taken; the same name changes and writes nothing. Call inside a
 * transaction. */
export function renamePeerGroup(db: Database, name: string, newName: string, user: string, at: string): StoredPeerGroup {
  const before = existingGroup(db, name);
  const target = newName.trim();
  if (target === '') throw new KaopingError('peers.emptyName');
  if (target === name) return before;
  if (groupByName(db, target)) throw new KaopingError('peers.groupNameTaken', { name: target });
  db.prepare('UPDATE peer_groups SET name = ?, updated_at = ? WHERE name = ?').run(target, at, name);
  const after = existingGroup(db, target);
  appendAudit(db, { user, action: 'rename', entity: 'peer_group', entityKey: target, before, after }, at);
  return after;
}

/** Deletes a group and (by the cascade) its members; the audit entry keeps it as `before`.
 * Call inside a transaction. */
export function deletePeerGroup(db: Database, name: string, user: string, at: string): StoredPeerGroup {
  const before = existingGroup(db, name);
  db.prepare('DELETE FROM peer_groups WHERE name = ?').run(name);
  appendAudit(db, { user, action: 'delete', entity: 'peer_group', entityKey: name, before, after: null }, at);
  return before;
}
