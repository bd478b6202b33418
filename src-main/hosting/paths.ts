import { homedir } from 'node:os';
import { join } from 'node:path';

/** The OS's per-user application data folder (what Electron calls `appData`). */
export function osDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA || join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

/** The default evaluation database (.notes/TEAM.md): env KAOPING_DB, else
 * <OS data dir>/kaoping/kaoping.db — the same file Electron opens under its userData folder. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return env.KAOPING_DB || join(osDataDir(env, platform), 'kaoping', 'kaoping.db');
}
