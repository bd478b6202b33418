import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ScoringScheme } from '../../src-shared/engine/scheme';
import { api, toApiError, type ApiError } from '../api';
import { useCatalog } from '../state/catalog';
import { useWeights } from '../state/weights/store';
import { categoriesOf, known, knownCategories, previousPeriod, type CategoryWeights } from './liveScoresInputs';
import { createRescoreClient, type RescoreClient } from './rescoreClient';

/** The live ranking (.notes/ISSUE4.md, agreed interfaces): the period's data goes to the
 * rescoring worker once, then every change of the working weights is rescored there, off the
 * UI thread (coalesced: one in flight, the newest waits). The baseline ranking is the baseline
 * scheme's weights (listSchemes → isBaseline), or the tree's own weights when no scheme is the
 * baseline, rescored over the same normalised data: so "change" shows what the weights moved.
 *
 * Call it once per screen and pass the result down: each call holds its own worker. */

export interface LiveScores {
  /** idle: no period; loading: data on its way to the worker (earlier scores stay shown);
   * ready: scores for the current weights; error: see `error`. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Units in the order of `total` and `rank` (the period's matrix order). */
  unitCodes: string[];
  /** Total per unit (NaN = no score). */
  total: Float64Array;
  /** Competition rank per unit, 1 = best, 0 = not ranked. */
  rank: Int32Array;
  /** The baseline's totals and ranks, same order; null until computed. */
  baseline: { total: Float64Array; rank: Int32Array } | null;
  /** performance.now() when these scores arrived (0 before any): a new value means "draw". */
  drawnAt: number;
  error: ApiError | null;
}

const EMPTY: LiveScores = {
  status: 'idle',
  unitCodes: [],
  total: new Float64Array(0),
  rank: new Int32Array(0),
  baseline: null,
  drawnAt: 0,
  error: null,
};

export function useLiveScores(period: string | null): LiveScores {
  const [scores, setScores] = useState<LiveScores>(EMPTY);
  const clientRef = useRef<RescoreClient | null>(null);
  /** Codes the worker's tree has: weights for other codes (a stale store) are left out. */
  const codesRef = useRef<ReadonlySet<string>>(new Set());
  const readyRef = useRef(false);

  const indicators = useCatalog((s) => s.indicators);
  const units = useCatalog((s) => s.units);
  const periods = useCatalog((s) => s.periods);
  const version = useCatalog((s) => s.version);
  // The data go to the worker again only when scoring options change, not with the weights
  // (they travel with each rescore): a scheme loaded with other weights needs no new init.
  const optionsKey = useWeights((s) => JSON.stringify(scoringOptions(s.base)));
  const base = useWeights((s) => s.base);
  const schemeName = useWeights((s) => s.schemeName);
  const schemesVersion = useWeights((s) => s.schemesVersion);
  const derivedScheme = schemeName !== null && (base.goalIndicator != null || base.marks !== undefined) ? schemeName : undefined;

  // One worker for the life of the screen.
  useEffect(() => {
    const client = createRescoreClient();
    clientRef.current = client;
    return () => {
      clientRef.current = null;
      readyRef.current = false;
      client.terminate();
    };
  }, []);

  // The period's data into the worker; then the baseline and the working scores.
  useEffect(() => {
    const client = clientRef.current;
    if (!client || period === null || indicators.length === 0) {
      readyRef.current = false;
      setScores(EMPTY);
      return;
    }
    let live = true;
    readyRef.current = false;
    setScores((s) => ({ ...s, status: 'loading', error: null }));
    (async () => {
      const previous = previousPeriod(periods, period);
      const [observations, previousBytes, baseline] = await Promise.all([
        observationsOf(period, derivedScheme),
        previous ? observationsOf(previous, derivedScheme) : Promise.resolve(undefined),
        baselineScheme(),
      ]);
      if (!live) return;
      const unitCodes = await client.init({
        observations,
        previous: previousBytes,
        indicators,
        scheme: scoringOptions(useWeights.getState().base),
        categories: categoriesOf(units),
      });
      if (!live) return;
      codesRef.current = new Set(indicators.map((i) => i.code));
      readyRef.current = true;
      const state = useWeights.getState();
      const [working, base0] = await Promise.all([
        client.rescore(known(state.weights, codesRef.current), { categoryWeights: knownCategories(state.categoryWeights, codesRef.current) }),
        client.rescore(known(baseline.weights, codesRef.current), {
          categoryWeights: knownCategories(baseline.categoryWeights, codesRef.current),
          lane: 'baseline',
        }),
      ]);
      if (!live) return;
      setScores((s) => ({
        status: 'ready',
        unitCodes,
        total: working?.total ?? s.total,
        rank: working?.rank ?? s.rank,
        baseline: base0 ?? s.baseline,
        drawnAt: performance.now(),
        error: null,
      }));
    })().catch((e: unknown) => {
      if (live) setScores((s) => ({ ...s, status: 'error', error: toApiError(e) }));
    });
    return () => {
      live = false;
    };
  }, [period, version, indicators, units, periods, optionsKey, derivedScheme]);

  // A baseline chosen, saved or deleted elsewhere: its ranking again (the data stay).
  const firstSchemesVersion = useRef(schemesVersion);
  useEffect(() => {
    if (schemesVersion === firstSchemesVersion.current) return;
    let live = true;
    (async () => {
      const baseline = await baselineScheme();
      const client = clientRef.current;
      if (!live || !client || !readyRef.current) return;
      const result = await client.rescore(known(baseline.weights, codesRef.current), {
        categoryWeights: knownCategories(baseline.categoryWeights, codesRef.current),
        lane: 'baseline',
      });
      if (live && result) setScores((s) => ({ ...s, baseline: result, drawnAt: performance.now() }));
    })().catch((e: unknown) => {
      if (live) setScores((s) => ({ ...s, status: 'error', error: toApiError(e) }));
    });
    return () => {
      live = false;
    };
  }, [schemesVersion]);

  // Every change of the working weights: straight from the store to the worker (no render in
  // between), the answer into state.
  useEffect(() => {
    let live = true;
    const unsubscribe = useWeights.subscribe((state, prev) => {
      if (state.weights === prev.weights && state.categoryWeights === prev.categoryWeights) return;
      const client = clientRef.current;
      if (!client || !readyRef.current) return;
      client
        .rescore(known(state.weights, codesRef.current), { categoryWeights: knownCategories(state.categoryWeights, codesRef.current) })
        .then(
          (result) => {
            if (live && result) {
              // Drawn now, ahead of any deferred render still under way (the weights table
              // after an edit): the rescored ranking is what the edit is for.
              flushSync(() =>
                setScores((s) => ({ ...s, status: 'ready', total: result.total, rank: result.rank, drawnAt: performance.now(), error: null })),
              );
            }
            // The ranking is drawn: the weights table may follow (store.ts settledWeights),
            // once the frame showing the ranking is out.
            afterNextFrame(settleWeights);
          },
          (e: unknown) => {
            if (live) setScores((s) => ({ ...s, status: 'error', error: toApiError(e) }));
            settleWeights();
          },
        );
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  return scores;
}

const settleWeights = (): void => useWeights.getState().settle();

/** Runs `fn` in a task after the next frame: work started there cannot hold up that frame. */
function afterNextFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** A scheme without its weights: what the worker's normalisation and plan need. */
function scoringOptions(scheme: ScoringScheme): ScoringScheme {
  const { weights: _weights, categoryWeights: _categoryWeights, ...options } = scheme;
  return options;
}

/** The derived values of a period as scoring sees them; with the scheme's name when its goal
 * indicator or marks rule matters, falling back to none if that scheme is not stored. */
async function observationsOf(period: string, scheme: string | undefined): Promise<Uint8Array> {
  if (scheme === undefined) return api.getObservations({ period, derived: true });
  try {
    return await api.getObservations({ period, derived: true, scheme });
  } catch (e) {
    if (toApiError(e).key !== 'store.unknownScheme') throw e;
    return api.getObservations({ period, derived: true });
  }
}

/** The baseline's weights: the scheme marked as baseline, else none (the tree's own). */
async function baselineScheme(): Promise<{ weights?: Record<string, number>; categoryWeights?: CategoryWeights }> {
  const schemes = await api.listSchemes({});
  const baseline = schemes.find((s) => s.isBaseline);
  return baseline ? { weights: baseline.scheme.weights, categoryWeights: baseline.scheme.categoryWeights } : {};
}

/** The mark a view places once it has painted a rescored result (bench/ui.ts measures from
 * the weight input's mark to the next of these). Same name as the ranking table's. */
export const LIVE_DRAWN_MARK = 'kaoping:ranking-drawn';

/** For a view that shows live scores (e.g. the weights screen's preview): marks
 * LIVE_DRAWN_MARK in the frame after each new `drawnAt` was committed (0 = nothing drawn). */
export function useLiveDrawnMark(drawnAt: number): void {
  useEffect(() => {
    if (drawnAt === 0) return;
    const id = requestAnimationFrame(() => performance.mark(LIVE_DRAWN_MARK));
    return () => cancelAnimationFrame(id);
  }, [drawnAt]);
}
