import {
  binaryResultCalls,
  callNames,
  decodeWire,
  encodeWire,
  isSerializedError,
  type ApiClient,
  type CallInput,
  type CallName,
  type CallResult,
} from '../../src-shared/api';
import { ApiError, toApiError } from './errors';
import { validateResult } from './validate';

/** The api over the browser host's HTTP protocol (.notes/TEAM.md): `POST /api/<call>` with a
 * bearer token and a wire-encoded body. */
export function createHttpClient(token: string | null, fetchFn: typeof fetch = (...a) => fetch(...a)): ApiClient {
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> {
    let res: Response;
    try {
      res = await fetchFn(`/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: encodeWire(input ?? {}),
      });
    } catch (e) {
      throw toApiError(e);
    }
    if (!res.ok) throw await errorFrom(res);
    if (binaryResultCalls.has(name)) {
      return validateResult(name, new Uint8Array(await res.arrayBuffer()));
    }
    let body: unknown;
    try {
      body = decodeWire(await res.text());
    } catch {
      throw new ApiError({ key: 'ui.error.badResponse', params: { call: name }, issues: [] });
    }
    return validateResult(name, body);
  }

  const client = {} as Record<CallName, (input: unknown) => Promise<unknown>>;
  for (const name of callNames) client[name] = (input) => call(name, input as never);
  return client as ApiClient;
}

async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = decodeWire(await res.text()) as { error?: unknown };
    if (isSerializedError(body?.error)) return new ApiError(body.error);
  } catch {
    // not JSON: fall through to a status-based key
  }
  const key = res.status === 401 ? 'ui.error.unauthorized' : 'api.internal';
  return new ApiError({ key, params: { status: res.status }, issues: [] });
}
