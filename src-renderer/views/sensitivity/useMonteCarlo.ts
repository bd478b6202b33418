import { useEffect, useRef, useState } from 'react';
import type { MonteCarloOptions, MonteCarloSummary } from '../../../src-shared/engine';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import { api, toApiError, type ApiError } from '../../api';
import { useCatalog } from '../../state/catalog';
import { categoriesOf, previousPeriod } from '../../workers/liveScoresInputs';
import { createSensitivityClient, type SensitivityClient } from '../../workers/sensitivityClient';

export interface MonteCarloState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  done: number;
  total: number;
  summary: MonteCarloSummary | null;
  error: ApiError | null;
}

const IDLE: MonteCarloState = { status: 'idle', done: 0, total: 0, summary: null, error: null };

/** Monte Carlo in the sensitivity worker: the period's derived values (as scoring sees them
 * under the scheme) go to the worker, which reports progress per chunk; `cancel` stops it. */
export function useMonteCarlo(): { state: MonteCarloState; run: (scheme: { name: string | null; scheme: ScoringScheme }, options: MonteCarloOptions) => void; cancel: () => void } {
  const client = useRef<SensitivityClient | null>(null);
  const [state, setState] = useState<MonteCarloState>(IDLE);
  useEffect(() => {
    client.current = createSensitivityClient();
    return () => client.current?.terminate();
  }, []);

  const run = (chosen: { name: string | null; scheme: ScoringScheme }, options: MonteCarloOptions) => {
    const c = client.current;
    const { period, periods, units, indicators } = useCatalog.getState();
    if (!c || !period) return;
    setState({ ...IDLE, status: 'running', total: options.samples });
    void (async () => {
      try {
        const scheme = chosen.name ?? undefined;
        const prev = previousPeriod(periods, period);
        const [observations, previous] = await Promise.all([
          api.getObservations({ period, derived: true, scheme }),
          prev ? api.getObservations({ period: prev, derived: true, scheme }) : Promise.resolve(undefined),
        ]);
        const summary = await c.run(
          { observations, previous, indicators, scheme: chosen.scheme, categories: categoriesOf(units), options },
          (done, total) => setState((s) => (s.status === 'running' ? { ...s, done, total } : s)),
        );
        setState((s) => (summary ? { ...s, status: 'done', summary } : { ...s, status: 'cancelled' }));
      } catch (e) {
        setState({ ...IDLE, status: 'error', error: toApiError(e) });
      }
    })();
  };

  return { state, run, cancel: () => client.current?.cancel() };
}
