import type { ApiClient } from '../../src-shared/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host. */
    kaoping?: ApiClient;
  }
}

export {};
