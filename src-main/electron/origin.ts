/** The app's own origin: the renderer's files are served as app://kaoping/… (protocol.ts), and
 * only a main frame on this origin may call the api (ipc.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kaoping';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is on the app's own origin (scheme and host, not just a prefix match). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
