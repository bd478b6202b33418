import type { ObjectiveMethod } from '../../../src-shared/engine/weights/types';
import { api } from '../../api';
import { useCatalog } from '../../state/catalog';
import { useAsync, type AsyncState } from '../../state/useAsync';
import type { LeafWeight } from './groupWeights';

/** The data-driven methods the weights screen offers (equal has its own entry). */
export type DataMethod = Exclude<ObjectiveMethod, 'equal'>;
export const DATA_METHODS: readonly DataMethod[] = ['entropy', 'critic', 'cv'];

export function isDataMethod(m: string): m is DataMethod {
  return (DATA_METHODS as readonly string[]).includes(m);
}

// One request per period, method and catalog version, shared by the column and the editors.
const cache = new Map<string, Promise<LeafWeight[]>>();

function fetchWeights(period: string, method: DataMethod, version: number): Promise<LeafWeight[]> {
  const key = `${version}\u0000${period}\u0000${method}`;
  let p = cache.get(key);
  if (!p) {
    p = api.objectiveWeights({ period, method }).then((r) => r.weights);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** Objective leaf weights (Σ = 1 over all leaves) of the chosen period, or nothing to fetch
 * when `method` is null. */
export function useObjectiveWeights(method: DataMethod | null): AsyncState<LeafWeight[]> {
  const period = useCatalog((s) => s.period);
  const version = useCatalog((s) => s.version);
  return useAsync(period && method ? () => fetchWeights(period, method, version) : null, [period, method, version]);
}
