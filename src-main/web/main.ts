/** The browser host's command line (`npm run serve`):
 *   node --import tsx src-main/web/main.ts [--db FILE] [--port N] [--no-seed]
 * Opens the evaluation database (seeded with the demo county when new), serves the built
 * renderer and the api on 127.0.0.1, prints one line with the URL (token included), and on
 * SIGINT/SIGTERM closes the database cleanly (checkpointing its WAL). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KaopingError } from '../../src-shared/api';
import { createTranslator, localeFrom } from '../../src-shared/i18n';
import { formatIssue } from '../../src-shared/i18n/format';
import { defaultDatabasePath } from '../hosting/paths';
import { createService, type Service } from '../service';
import { startWebHost, type WebHost } from './server';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
const DEMO_WORKBOOK = join(REPO_ROOT, 'resources', 'demo', 'demo-county.xlsx');

class StartupFailure extends Error {}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new StartupFailure(`--port must be a whole number from 0 to 65535, got "${text}"`);
  return n;
}

/** One line for anything that stops the start: a KaopingError in the user's language. */
function describe(e: unknown): string {
  if (e instanceof KaopingError) {
    const t = createTranslator(localeFrom(process.env.LC_ALL || process.env.LANG)).t;
    return t(e.key, e.params) + (e.issues.length > 0 ? ' ' + formatIssue(t, e.issues[0]) : '');
  }
  if ((e as NodeJS.ErrnoException)?.code === 'EADDRINUSE') return 'the port is already in use; pick another with --port N';
  return e instanceof Error ? e.message : String(e);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string' }, 'no-seed': { type: 'boolean', default: false } },
    strict: true,
  });
  const port = parsePort(values.port);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new StartupFailure(`the renderer is not built (${RENDERER_DIR} has no index.html): run npm run build first`);
  }
  const dbPath = values.db ?? defaultDatabasePath();
  let seed: string | undefined;
  if (!values['no-seed']) {
    if (existsSync(DEMO_WORKBOOK)) seed = DEMO_WORKBOOK;
    else process.stderr.write(`Kaoping browser host: no demo workbook at ${DEMO_WORKBOOK} (npm run demo writes it); a new database stays empty.\n`);
  }

  const service: Service = await createService({ dbPath, seedWorkbook: seed });
  let host: WebHost;
  try {
    host = await startWebHost({ service, rendererDir: RENDERER_DIR, port });
  } catch (e) {
    service.close();
    throw e;
  }
  process.stdout.write(`Kaoping browser host: ${host.url}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host
      .close()
      .catch((e: unknown) => console.error('[kaoping] closing the browser host:', e))
      .finally(() => {
        service.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`Kaoping browser host: ${describe(e).replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
});
