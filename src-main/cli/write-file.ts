import { renameSync, writeFileSync, rmSync } from 'node:fs';

/** Writes a file atomically: to a temporary name beside it, then renamed over it, so a crash
 * or an error never leaves a half-written file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
