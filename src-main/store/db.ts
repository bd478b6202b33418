import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { defaultMigrationsDir, loadMigrations, migrate } from './migrate';

/** The only module that imports the SQLite driver: a later round swaps in an encrypting fork
 * with the same API, so every other store file sees the handle through these types. */
export type Database = BetterSqlite3.Database;

export interface OpenDatabaseOptions {
  /** Folder of the numbered `.sql` migrations; defaults to `migrations/` next to this module
   * (see migrate.ts: a bundled host passes the folder it ships them in). */
  migrationsDir?: string;
  /** How long a statement waits for another connection's lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

const MEMORY = ':memory:';

/** Opens (creating if absent) the evaluation database and brings its schema up to date.
 * The migrations are read before the file is touched, so a host that cannot find them
 * creates nothing. */
export function openDatabase(path: string, opts: OpenDatabaseOptions = {}): Database {
  const migrations = loadMigrations(opts.migrationsDir ?? defaultMigrationsDir());
  const memory = path === MEMORY;
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new BetterSqlite3(path, { timeout: opts.busyTimeoutMs ?? 5000 });
  try {
    configure(db, memory);
    migrate(db, migrations);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Connection settings (docs/architecture.md: WAL, foreign keys on). Each is read back, because a
 * driver built without them (the fork to come) would otherwise fail silently. */
function configure(db: Database, memory: boolean): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (!memory && mode !== 'wal') throw new Error(`SQLite refused WAL mode (journal_mode is ${String(mode)})`);
  // FULL, not NORMAL: in WAL mode NORMAL survives a crash of the app but may lose the last
  // committed transactions on a power cut or OS crash; FULL syncs the WAL at every commit, so
  // a committed import stays committed. Commits here are few and large (an import, a saved
  // scheme), so the extra fsync per commit costs nothing anyone notices.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  if (db.pragma('foreign_keys', { simple: true }) !== 1) throw new Error('SQLite refused to enforce foreign keys');
}
