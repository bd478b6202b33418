import type { Handlers } from '../../src-shared/api';

export interface ServiceOptions {
  /** Path of the SQLite evaluation database; created (and migrated) if absent. */
  dbPath: string;
  /** Who is acting, for the audit log; defaults to the OS user. */
  user?: string;
  /** Workbook to import when the database is new and empty (the demo county at first run). */
  seedWorkbook?: string;
}

/** The service: implements src-shared/api over store + io + engine. Host-agnostic. */
export interface Service extends Handlers {
  close(): void;
}

export { createService, osUser } from './service';
export { checkWorkbook, workbookSha256 } from './workbook';
export { version } from './version';
