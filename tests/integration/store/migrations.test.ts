import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KaopingError } from '../../../src-shared/api/errors';
import { openDatabase } from '../../../src-main/store/db';
import { appliedMigrations, defaultMigrationsDir, loadMigrations, migrate } from '../../../src-main/store/migrate';
import { openStore } from '../../../src-main/store';
import { cleanup, tempDir } from './helpers';

afterEach(cleanup);

const INIT = join(defaultMigrationsDir(), '001_init.sql');
const MARKS = join(defaultMigrationsDir(), '002_marks.sql');
const PEER_GROUPS = join(defaultMigrationsDir(), '003_peer_groups.sql');
const SCENARIOS = join(defaultMigrationsDir(), '004_scenarios.sql');

/** A migrations folder holding the shipped 001 plus the given extra files. */
function migrationsFolder(extra: Record<string, string> = {}): string {
  const dir = join(tempDir(), 'migrations');
  mkdirSync(dir);
  copyFileSync(INIT, join(dir, '001_init.sql'));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(join(dir, name), sql);
  return dir;
}

function outOfSync(fn: () => unknown): KaopingError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KaopingError);
    expect((e as KaopingError).key).toBe('store.migrationsOutOfSync');
    return e as KaopingError;
  }
  throw new Error('expected store.migrationsOutOfSync');
}

describe('migrations', () => {
  it('apply once on a new database and not again on re-open', () => {
    const path = join(tempDir(), 'nested', 'folder', 'k.db');
    const db = openDatabase(path);
    const first = appliedMigrations(db);
    const sha = (file: string) => createHash('sha256').update(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')).digest('hex');
    expect(first.map(({ version, name, checksum }) => ({ version, name, checksum }))).toEqual([
      { version: 1, name: 'init', checksum: sha(INIT) },
      { version: 2, name: 'marks', checksum: sha(MARKS) },
      { version: 3, name: 'peer_groups', checksum: sha(PEER_GROUPS) },
      { version: 4, name: 'scenarios', checksum: sha(SCENARIOS) },
    ]);
    // Running them again on the open database applies nothing.
    expect(migrate(db, loadMigrations(defaultMigrationsDir()))).toEqual({ applied: [] });
    db.close();

    const again = openDatabase(path);
    expect(appliedMigrations(again)).toEqual(first);
    const tables = again.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'audit_log', 'goals', 'imports', 'indicators', 'marks', 'observations', 'peer_group_members', 'peer_groups', 'periods', 'scenarios',
      'schema_migrations', 'scheme_weights', 'units', 'weight_schemes',
    ]);
    again.close();
  });

  it('open the connection in WAL mode with foreign keys on, FULL sync and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('apply only the pending ones when the app brings a new migration', () => {
    const path = join(tempDir(), 'k.db');
    openDatabase(path, { migrationsDir: migrationsFolder() }).close();
    const dir = migrationsFolder({ '002_notes.sql': 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);' });
    const db = openDatabase(path, { migrationsDir: dir });
    expect(appliedMigrations(db).map((m) => [m.version, m.name])).toEqual([[1, 'init'], [2, 'notes']]);
    expect(migrate(db, loadMigrations(dir))).toEqual({ applied: [] });
    db.close();
  });

  it('refuse a database that applied a migration the app does not have (a newer app wrote it)', () => {
    const path = join(tempDir(), 'k.db');
    openDatabase(path, { migrationsDir: migrationsFolder({ '002_notes.sql': 'CREATE TABLE notes (id INTEGER);' }) }).close();
    const e = outOfSync(() => openStore(path, { migrationsDir: migrationsFolder() }));
    expect(e.params).toEqual({ version: 2, name: 'notes', reason: 'unknown' });
    // The default folder has another 002 (marks).
    expect(outOfSync(() => openStore(path)).params.reason).toBe('renamed');
  });

  it('refuse a migration whose text changed after it was applied, and one renamed', () => {
    const path = join(tempDir(), 'k.db');
    openDatabase(path, { migrationsDir: migrationsFolder() }).close();

    const edited = migrationsFolder();
    writeFileSync(join(edited, '001_init.sql'), readFileSync(INIT, 'utf8') + '\n-- an afterthought\n');
    expect(outOfSync(() => openDatabase(path, { migrationsDir: edited })).params).toEqual({ version: 1, name: 'init', reason: 'edited' });

    const renamed = migrationsFolder();
    renameSync(join(renamed, '001_init.sql'), join(renamed, '001_start.sql'));
    expect(outOfSync(() => openDatabase(path, { migrationsDir: renamed })).params.reason).toBe('renamed');

    // Line endings alone do not count as an edit (a CRLF checkout).
    const crlf = migrationsFolder();
    writeFileSync(join(crlf, '001_init.sql'), readFileSync(INIT, 'utf8').replace(/\n/g, '\r\n'));
    openDatabase(path, { migrationsDir: crlf }).close();
  });

  it('refuse an applied list with a gap: 001 and 003 applied, the app has 001, 002, 003', () => {
    const path = join(tempDir(), 'k.db');
    openDatabase(path, { migrationsDir: migrationsFolder({ '003_c.sql': 'CREATE TABLE c (id INTEGER);' }) }).close();
    const dir = migrationsFolder({ '002_b.sql': 'CREATE TABLE b (id INTEGER);', '003_c.sql': 'CREATE TABLE c (id INTEGER);' });
    expect(outOfSync(() => openDatabase(path, { migrationsDir: dir })).params).toEqual({ version: 3, name: 'c', reason: 'unknown' });
  });

  it('roll back a failing migration whole and leave the ones before it applied', () => {
    const path = join(tempDir(), 'k.db');
    const dir = migrationsFolder({ '002_broken.sql': 'CREATE TABLE half (id INTEGER);\nCREATE TABLE oops (;' });
    expect(() => openDatabase(path, { migrationsDir: dir })).toThrow(/syntax error/);
    const db = openDatabase(path, { migrationsDir: migrationsFolder() });
    expect(appliedMigrations(db).map((m) => m.version)).toEqual([1]);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('create no file when the migrations cannot be found', () => {
    const path = join(tempDir(), 'k.db');
    expect(() => openStore(path, { migrationsDir: join(tempDir(), 'nowhere') })).toThrow(/migrationsDir/);
    expect(existsSync(path)).toBe(false);
  });
});
