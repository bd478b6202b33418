import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const BIN = resolve(__dirname, '../../../bin/kaoping.mjs');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `kaoping` command (as `npx kaoping` would) in a child process. */
export function runCli(args: string[], lang: 'en' | 'zh-CN' = 'en'): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KAOPING_LANG: lang },
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** SHA-256 of a file's bytes, or null if it does not exist. */
export function fileHash(path: string): string | null {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}
