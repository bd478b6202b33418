import { z } from 'zod';
import type { ApiClient } from '../../src-shared/api';
import { createHttpClient } from './httpClient';
import { createIpcClient } from './ipcClient';
import { takeToken } from './token';

// The CSP forbids eval; tell zod not to try its compiled fast path.
z.config({ jitless: true });

function createClient(): ApiClient {
  if (window.kaoping) return createIpcClient(window.kaoping);
  return createHttpClient(takeToken());
}

/** The one api client of the renderer. */
export const api: ApiClient = createClient();

export { ApiError, toApiError } from './errors';
