import type { ApiError } from '../api/errors';

/** What a view knows of one api call (useAsync.ts): the last answer, the last error, and
 * whether a call is under way. */
export interface AsyncState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** The state after a failed call: the error, with the last answer kept. */
export function afterFailure<T>(state: AsyncState<T>, error: ApiError): AsyncState<T> {
  return { data: state.data, error, loading: false };
}
