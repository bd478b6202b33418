import { useEffect, useMemo, useState } from 'react';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import { api, type ApiError } from '../../api';
import { useCatalog } from '../../state/catalog';
import type { ScoreResult, ScoreRow } from '../../state/types';
import { useAsync } from '../../state/useAsync';
import { currentScheme, useWeights } from '../../state/weights';
import { useLiveScores } from '../../workers/useLiveScores';
import { isEditingWeights } from './editing';
import { indexOf, withLiveScores } from './liveRows';
import { baselineRanks, baselineRanksOf } from './rankChange';

/** How long weights must rest before the full computation (dimension scores, grades) and the
 * explanation are fetched again while the analyst edits. Totals and ranks do not wait. */
export const SETTLE_MS = 350;

export type LiveState =
  /** Not editing: the full computation of the working copy (= the loaded scheme). */
  | 'off'
  /** Editing, the worker not ready yet: the last full computation is shown. */
  | 'starting'
  /** Editing: totals and ranks from the worker. */
  | 'on'
  /** Editing, the worker failed: the (debounced) full computation only. */
  | 'failed';

export interface RankingData {
  /** The full computation the rows come from (its dimension scores may lag while live). */
  result: ScoreResult | null;
  /** The rows shown: the result's, with live totals and ranks while editing. */
  rows: ScoreRow[];
  /** Baseline rank per unit; null until known. */
  baseline: ReadonlyMap<string, number | null> | null;
  baselineName: string | null;
  schemeName: string | null;
  editing: boolean;
  live: LiveState;
  /** Why live scoring failed (live = 'failed'). */
  liveError: ApiError | null;
  /** Editing and the full computation is behind the weights (or on its way). */
  lagging: boolean;
  /** The scheme the full computation and explanations use (settles while editing). */
  settledScheme: ScoringScheme;
  loading: boolean;
  error: ApiError | null;
  /** Changes with each live result drawn (RankingTable marks the redraw); null when not live. */
  drawnKey: number | null;
}

/** The ranking's data. Not editing: api.score of the working copy (the loaded scheme, or the
 * standard computation), compared with api.score of the baseline scheme (else the standard
 * computation). Editing: the worker's live totals and ranks over the last full computation,
 * which follows the weights once they rest (SETTLE_MS), compared with the worker's baseline. */
export function useRankingData(period: string | null): RankingData {
  const version = useCatalog((s) => s.version);
  const editing = useWeights(isEditingWeights);
  const schemeName = useWeights((s) => s.schemeName);
  const schemesVersion = useWeights((s) => s.schemesVersion);
  const base = useWeights((s) => s.base);
  const weights = useWeights((s) => s.weights);
  const categoryWeights = useWeights((s) => s.categoryWeights);
  const live = useLiveScores(period);

  // The working copy, and the same once it has rested (at once when not editing).
  const schemeKey = useMemo(() => JSON.stringify(currentScheme()), [base, weights, categoryWeights]);
  const [settledKey, setSettledKey] = useState(schemeKey);
  useEffect(() => {
    if (!editing) {
      setSettledKey(schemeKey);
      return;
    }
    const id = setTimeout(() => setSettledKey(schemeKey), SETTLE_MS);
    return () => clearTimeout(id);
  }, [schemeKey, editing]);
  const settledScheme = useMemo(() => JSON.parse(settledKey) as ScoringScheme, [settledKey]);

  const current = useAsync(period ? () => api.score({ period, options: settledScheme }) : null, [period, version, settledScheme]);

  const schemes = useAsync(() => api.listSchemes({}), [version, schemesVersion]);
  const schemesKnown = schemes.data !== null || schemes.error !== null;
  const baselineName = schemes.data?.find((s) => s.isBaseline)?.name ?? null;
  const baselineResult = useAsync(
    period && schemesKnown ? () => api.score({ period, scheme: baselineName ?? undefined }) : null,
    [period, version, baselineName, schemesKnown, schemesVersion],
  );

  const liveUsable = editing && live.status !== 'error' && live.unitCodes.length > 0 && live.total.length === live.unitCodes.length;
  const liveIndex = useMemo(() => indexOf(live.unitCodes), [live.unitCodes]);
  const rows = useMemo(() => {
    const r = current.data?.rows ?? [];
    return liveUsable ? withLiveScores(r, live, liveIndex) : r;
  }, [current.data, liveUsable, live.total, live.rank, liveIndex]);

  const baseline = useMemo(() => {
    if (liveUsable && live.baseline) return baselineRanksOf(live.unitCodes, live.baseline.rank);
    return baselineResult.data ? baselineRanks(baselineResult.data.rows) : null;
  }, [liveUsable, live.baseline, live.unitCodes, baselineResult.data]);

  let liveState: LiveState = 'off';
  if (editing) liveState = live.status === 'error' ? 'failed' : liveUsable ? 'on' : 'starting';

  return {
    result: current.data,
    rows,
    baseline,
    baselineName,
    schemeName,
    editing,
    live: liveState,
    liveError: editing ? live.error : null,
    lagging: editing && (settledKey !== schemeKey || current.loading),
    settledScheme,
    loading: current.loading,
    error: current.error,
    drawnKey: liveUsable ? live.drawnAt : null,
  };
}
