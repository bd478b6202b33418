import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
};

/** The Content-Type of a file by its extension; unknown kinds are opaque bytes (with nosniff,
 * the browser will not guess a script out of them). */
export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The file under `rootDir` that a URL path names, or null when the path is malformed or leads
 * outside `rootDir` (`..`, encoded slashes, NUL). A path ending in `/` names its index.html. */
export function resolveStaticPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const root = resolve(rootDir);
  const full = resolve(root, '.' + decoded);
  return isInside(root, full) && full !== root ? full : null;
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads the file a URL path names under `rootDir`; null when there is none or it is not
 * allowed (outside the root, also through a symbolic link; a folder). */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  const path = resolveStaticPath(rootDir, urlPath);
  if (!path) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(path)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return null;
    return { body: await readFile(realFile), contentType: mimeType(realFile) };
  } catch {
    return null;
  }
}
