import { callNames, type ApiClient, type CallName } from '../../src-shared/api';
import { toApiError } from './errors';
import { validateResult } from './validate';

/** The api over Electron's preload object: same calls, errors mapped to ApiError, results
 * validated like the HTTP client's. */
export function createIpcClient(bridge: ApiClient): ApiClient {
  const client = {} as Record<CallName, (input: unknown) => Promise<unknown>>;
  for (const name of callNames) {
    client[name] = async (input) => {
      let result: unknown;
      try {
        result = await (bridge[name] as (i: unknown) => Promise<unknown>)(input ?? {});
      } catch (e) {
        throw toApiError(e);
      }
      return validateResult(name, result);
    };
  }
  return client as ApiClient;
}
