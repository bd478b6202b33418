import { existsSync } from 'node:fs';
import type { i18n } from 'i18next';
import { KaopingError } from '../../src-shared/api';
import { createTranslator, localeFrom } from '../../src-shared/i18n';
import { createService, type Service } from '../service';

/** What every command needs: the translator for the user's language and a way to open the
 * service on an existing database. */
export interface CliContext {
  i18n: i18n;
  out: (line: string) => void;
}

/** The CLI speaks the user's language: KAOPING_LANG, else the POSIX locale variables. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env) {
  return localeFrom(env.KAOPING_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function createCliContext(): CliContext {
  return { i18n: createTranslator(cliLocale()), out: (line) => process.stdout.write(line + '\n') };
}

/** Opens the service on a database that must already exist (score, export, ...). */
export async function openExisting(dbPath: string): Promise<Service> {
  if (!existsSync(dbPath)) throw new KaopingError('cli.dbNotFound', { path: dbPath });
  return createService({ dbPath });
}
