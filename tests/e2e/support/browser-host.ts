import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createService, type Service } from '../../../src-main/service';
import { startWebHost } from '../../../src-main/web/server';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The built renderer the browser tests run against (`npm run test:e2e` builds it first). */
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
/** The demo county workbook a seeded database is filled from. */
export const DEMO_WORKBOOK = join(REPO_ROOT, 'resources', 'demo', 'demo-county.xlsx');

export interface BrowserHostOptions {
  /** Fill the new database from the demo county workbook (default true). With false the
   * database is new and empty, as after `--no-seed`. */
  seed?: boolean;
}

export interface RunningBrowserHost {
  /** Open this in the browser: `http://127.0.0.1:PORT/#token=TOKEN`. The renderer takes the token
   * from the hash, keeps it in sessionStorage and removes it from the address bar. */
  url: string;
  /** `http://127.0.0.1:PORT`, for building other URLs (`${origin}/api/appInfo`). */
  origin: string;
  /** The bearer token /api requires (`Authorization: Bearer ${token}`). */
  token: string;
  /** The temporary database file (under os.tmpdir(), removed by close). */
  dbPath: string;
  /** The real service behind the host, for checks that bypass HTTP (e.g. `service.listUnits({})`). */
  service: Service;
  /** Stops the host, closes the database and removes its temporary folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts the browser host in this process, the way `npm run serve` does: the real service on a
 * fresh temporary database and the built renderer of out/renderer, on 127.0.0.1 and a free port.
 *
 *     const host = await startBrowserHost();            // seeded with the demo county
 *     const { page, close } = await launchChromium();
 *     await page.goto(host.url);
 *     …
 *     await close(); await host.close();
 *
 * Throws at once with what to run when the renderer is not built or the demo is missing. */
export async function startBrowserHost(opts: BrowserHostOptions = {}): Promise<RunningBrowserHost> {
  const seed = opts.seed ?? true;
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR} has no index.html: run \`npx electron-vite build\` first (npm run test:e2e does).`);
  }
  if (seed && !existsSync(DEMO_WORKBOOK)) {
    throw new Error(`${DEMO_WORKBOOK} is missing: run \`npm run demo\` to generate it.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-e2e-'));
  const dbPath = join(dir, 'kaoping.db');
  let service: Service | null = null;
  try {
    service = await createService({ dbPath, seedWorkbook: seed ? DEMO_WORKBOOK : undefined, user: 'e2e' });
    const host = await startWebHost({ service, rendererDir: RENDERER_DIR, port: 0 });
    const opened = service;
    let closed = false;
    return {
      url: host.url,
      origin: `http://127.0.0.1:${host.port}`,
      token: host.token,
      dbPath,
      service: opened,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await host.close();
        } finally {
          opened.close();
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    service?.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
