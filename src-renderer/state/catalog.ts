import { create } from 'zustand';
import { api, toApiError, type ApiError } from '../api';
import { choosePeriod } from './periods';
import type { ApiIndicator, ApiPeriod, ApiUnit } from './types';

/** What most screens need: units, the indicator tree, the periods and the chosen period. Loaded
 * once and again after an import; `version` tells period-bound views to fetch anew. */
interface CatalogState {
  units: ApiUnit[];
  indicators: ApiIndicator[];
  periods: ApiPeriod[];
  period: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  version: number;
  load: () => Promise<void>;
  setPeriod: (period: string) => void;
  /** Reloads everything after the database changed (an import). */
  refresh: () => Promise<void>;
}

export const useCatalog = create<CatalogState>((set, get) => ({
  units: [],
  indicators: [],
  periods: [],
  period: null,
  status: 'idle',
  error: null,
  version: 0,
  load: async () => {
    set({ status: 'loading', error: null });
    try {
      set({ ...(await fetchCatalog(get().period)), status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: toApiError(e) });
    }
  },
  setPeriod: (period) => set({ period }),
  refresh: async () => {
    // no 'loading' state here: the screens stay mounted (an import report stays on screen)
    try {
      const next = await fetchCatalog(get().period);
      set((s) => ({ ...next, status: 'ready', error: null, version: s.version + 1 }));
    } catch (e) {
      set({ status: 'error', error: toApiError(e) });
    }
  },
}));

async function fetchCatalog(current: string | null) {
  const [units, indicators, periods] = await Promise.all([
    api.listUnits({}),
    api.listIndicators({}),
    api.listPeriods({}),
  ]);
  return { units, indicators, periods, period: choosePeriod(periods, current) };
}
