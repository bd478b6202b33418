import { SqliteStore } from './store';
import type { OpenStoreOptions, Store } from './types';

export type * from './types';

/** Opens the evaluation database at `path` (created and migrated if needed; `:memory:` for a
 * throw-away one). Throws KaopingError `store.migrationsOutOfSync` for a database written by a
 * newer Kaoping or with an edited migration. */
export function openStore(path: string, opts: OpenStoreOptions = {}): Store {
  return new SqliteStore(path, opts);
}
