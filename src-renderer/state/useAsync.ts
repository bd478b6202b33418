import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../api';

export interface AsyncState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** Runs an api call whenever `deps` change and keeps only the latest answer (a slow answer
 * for an earlier period never overwrites a newer one). `run` null means nothing to fetch. */
export function useAsync<T>(run: (() => Promise<T>) | null, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ data: null, error: null, loading: run !== null });
  useEffect(() => {
    if (!run) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    run().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: unknown) => live && setState({ data: null, error: toApiError(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
