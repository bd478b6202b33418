import { userInfo } from 'node:os';

/** The OS user, the audit log's "who" until Kaoping has accounts. userInfo() throws where
 * the process's uid has no passwd entry (some containers), hence the fallbacks. */
export function osUser(): string {
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // fall through
  }
  return process.env.USER ?? process.env.USERNAME ?? 'unknown';
}
