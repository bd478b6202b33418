import { userInfo } from 'node:os';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { KaopingError } from '../../src-shared/api';
import { openStore } from '../store';
import { catalogHandlers } from './catalog';
import type { ServiceContext } from './context';
import type { Service, ServiceOptions } from './index';
import { observationHandlers } from './observations';
import { scoringHandlers } from './scoring';
import { schemeHandlers } from './schemes';
import { statsHandlers } from './stats';
import { weightsHandlers } from './weights';
import { processHandlers } from './process';
import { sensitivityHandlers } from './sensitivity';
import { whatifHandlers } from './whatif';
import { peersHandlers } from './peers';
import { importFiles, workbookHandlers } from './workbook';
import { version } from './version';

/** The OS user, for the audit log ("who"); a fallback where the OS cannot tell. */
export function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Opens (creating and migrating if needed) the database and returns the service. A new,
 * empty database is seeded from `seedWorkbook` when one is given. */
export async function createService(opts: ServiceOptions): Promise<Service> {
  const store = openStore(opts.dbPath);
  const ctx: ServiceContext = { store, user: opts.user ?? osUser(), version };
  try {
    if (opts.seedWorkbook && store.isEmpty()) {
      const data = new Uint8Array(await readFile(opts.seedWorkbook));
      const seeded = await importFiles(ctx, { files: [{ name: basename(opts.seedWorkbook), data }], dryRun: false });
      if (!seeded.ok) throw new KaopingError('service.seedFailed', { file: opts.seedWorkbook }, seeded.issues);
    }
  } catch (e) {
    store.close();
    throw e;
  }
  return {
    ...catalogHandlers(ctx),
    ...observationHandlers(ctx),
    ...workbookHandlers(ctx),
    ...scoringHandlers(ctx),
    ...schemeHandlers(ctx),
    ...statsHandlers(ctx),
    ...weightsHandlers(ctx),
    ...processHandlers(ctx),
    ...peersHandlers(ctx),
    ...whatifHandlers(ctx),
    ...sensitivityHandlers(ctx),
    close: () => store.close(),
  };
}
