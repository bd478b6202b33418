/** The browser host's per-run token: it arrives once in the address (`#token=…`), is kept in
 * sessionStorage for reloads of this tab, and is removed from the address bar so it does not
 * end up in screenshots, history or bookmarks. */

const STORAGE_KEY = 'kaoping.token';

/** Reads `token` from a location hash such as `#token=abc`. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  return token ? token : null;
}

export function takeToken(
  loc: Location = window.location,
  storage: Storage = window.sessionStorage,
  history: History = window.history,
): string | null {
  const fromHash = tokenFromHash(loc.hash);
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(history.state, '', loc.pathname + loc.search);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY);
}
