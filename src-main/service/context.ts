import type { Store } from '../store';

/** What every handler map of the service shares. */
export interface ServiceContext {
  store: Store;
  /** Who is acting, recorded in the audit log. */
  user: string;
  version: string;
}
