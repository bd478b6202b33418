import { useEffect, useState } from 'react';
import { toApiError } from '../api';
import { afterFailure, type AsyncState } from './asyncState';

export type { AsyncState } from './asyncState';


/** Runs an api call whenever `deps` change and keeps only the latest answer (a slow answer
 * for an earlier period never overwrites a newer one). `run` null means nothing to fetch.
 * A failed call keeps the last answer beside its error (a refresh that fails while a weight is
 * being edited must not blank the table): a view that shows `data` with an `error` says that
 * the data are the previous result, and a view for which stale data would mislead (an answer
 * for another unit) checks what the data are for. */
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
      (e: unknown) => live && setState((s) => afterFailure(s, toApiError(e))),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
