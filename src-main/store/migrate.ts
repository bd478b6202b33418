import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KaopingError } from '../../src-shared/api/errors';
import type { Database } from './db';

/**
 * Numbered plain-SQL migrations (`001_init.sql`, `002_….sql`), applied in order, each in its
 * own transaction, recorded in `schema_migrations`.
 *
 * Where they are found: the files stay plain `.sql` on disk and are read at run time from a
 * folder. By default that is `migrations/` next to this module, which holds wherever the
 * source runs as is (tsx, vitest, the CLI, the browser host). A host that bundles this module
 * elsewhere (electron-vite puts it in out/main/index.js) either copies the folder next to the
 * bundle (out/main/migrations/) or passes `migrationsDir` to openStore. We do not inline them
 * with Vite's `?raw` imports because tsx and plain Node cannot load those.
 *
 * Rules for writing one: never edit a migration that has shipped (its checksum is checked);
 * no BEGIN/COMMIT inside (the runner wraps each file in a transaction); foreign keys stay on
 * and cannot be switched off inside a transaction, so the runner defers their checks to the
 * commit, which is what a table rebuild needs.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** SHA-256 of the text with line endings normalised, so a CRLF checkout still matches. */
  checksum: string;
}

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
  appliedAt: string;
}

const FILE = /^(\d+)_([A-Za-z0-9_-]+)\.sql$/;

export function defaultMigrationsDir(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

export function checksumOf(sql: string): string {
  const text = sql.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads every migration of a folder, ordered by version. A missing folder, a `.sql` file not
 * named `<number>_<name>.sql` or two files of one version are packaging errors: thrown as is. */
export function loadMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) {
    throw new Error(`Kaoping's database migrations are not at ${dir}; pass migrationsDir to openStore`);
  }
  const out: Migration[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.sql')) continue;
    const m = FILE.exec(file);
    if (!m) throw new Error(`Migration file ${file} is not named <number>_<name>.sql`);
    const sql = readFileSync(join(dir, file), 'utf8');
    out.push({ version: Number(m[1]), name: m[2], sql, checksum: checksumOf(sql) });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i].version === out[i - 1].version) throw new Error(`Two migrations have version ${out[i].version}`);
  }
  return out;
}

/** Applies the migrations the database lacks. Throws KaopingError `store.migrationsOutOfSync`
 * (nothing applied) unless the applied list is a prefix of `available` with the same names
 * and checksums: a database written by a newer app, or a migration edited after it shipped. */
export function migrate(db: Database, available: Migration[]): { applied: number[] } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied: number[] = [];
  // Checked first without a lock, so opening an up-to-date database writes nothing.
  if (pendingAfterCheck(db, available) === null) return { applied };
  // Each step re-reads the table inside its IMMEDIATE transaction: two processes opening a new
  // database at once apply each migration once.
  const step = db.transaction((): number | null => {
    const next = pendingAfterCheck(db, available);
    if (next === null) return null;
    db.pragma('defer_foreign_keys = ON');
    db.exec(next.sql);
    db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
      .run(next.version, next.name, next.checksum, new Date().toISOString());
    return next.version;
  });
  for (let v = step.immediate(); v !== null; v = step.immediate()) applied.push(v);
  return { applied };
}

export function appliedMigrations(db: Database): AppliedMigration[] {
  const rows = db
    .prepare('SELECT version, name, checksum, applied_at AS appliedAt FROM schema_migrations ORDER BY version')
    .all() as AppliedMigration[];
  return rows;
}

/** The next migration to apply, or null when up to date; throws when out of sync. */
function pendingAfterCheck(db: Database, available: Migration[]): Migration | null {
  const applied = appliedMigrations(db);
  applied.forEach((a, i) => {
    const b = available[i];
    const reason = !b || b.version !== a.version ? 'unknown' : b.name !== a.name ? 'renamed' : b.checksum !== a.checksum ? 'edited' : null;
    if (reason) {
      throw new KaopingError('store.migrationsOutOfSync', { version: a.version, name: a.name, reason });
    }
  });
  return available[applied.length] ?? null;
}
