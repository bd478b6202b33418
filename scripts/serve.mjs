#!/usr/bin/env node
/** `npm run serve [-- --db FILE] [--port N] [--no-seed] [--build | --no-build]`: the browser
 * host. Builds first when out/renderer is missing or older than its sources (--build forces
 * it, --no-build skips it), then runs src-main/web/main.ts, which prints the URL to open. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RENDERER_INDEX = join(ROOT, 'out', 'renderer', 'index.html');
/** What the built renderer is made from. */
const RENDERER_SOURCES = ['src-renderer', 'src-shared'].map((d) => join(ROOT, d));

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when out/renderer is missing or older than any file it is built from. */
export function rendererIsStale() {
  if (!existsSync(RENDERER_INDEX)) return true;
  const built = statSync(RENDERER_INDEX).mtimeMs;
  return RENDERER_SOURCES.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

/** `electron-vite build` (main, preload and renderer); exits the process if it fails. */
export function build() {
  const pkg = createRequire(import.meta.url).resolve('electron-vite/package.json');
  const result = spawnSync(process.execPath, [join(dirname(pkg), 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The build failed (electron-vite build); see above.');
    process.exit(result.status ?? 1);
  }
}

/** Runs `child` to its end, passing on Ctrl-C and termination, and exits with its code. */
export function runToEnd(child) {
  const forward = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Starts the browser host (src-main/web/main.ts) with `args` and stays until it ends. */
export function runBrowserHost(args) {
  const child = spawn(process.execPath, ['--import', 'tsx', join('src-main', 'web', 'main.ts'), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  runToEnd(child);
}

function main(argv) {
  const force = argv.includes('--build');
  const skip = argv.includes('--no-build');
  const hostArgs = argv.filter((a) => a !== '--build' && a !== '--no-build');
  if (force || (!skip && rendererIsStale())) build();
  runBrowserHost(hostArgs);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
