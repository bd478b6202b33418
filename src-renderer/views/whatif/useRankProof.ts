import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import type { CallInput, CallResult } from './types';
import { boundsAfter, firstProofInput, nextProofInput, progressAfter, type ProofProgress, type RankEnd } from './rankProof';

type Bounds = CallResult<'rankBounds'>;
type ProofInput = CallInput<'proveRankEnd'>;

/** Proving an end of the rank bounds further: calls `proveRankEnd` a few programs at a time,
 * passing back what each call returned, until the end is proven, cannot be split further, or
 * the user stops. Each step updates the bounds shown. A stopped proof goes on from where it
 * stood (its open pieces are kept); a finished one (tie, nothing left to split) is not started
 * again. A new question (`args` or `bounds` cleared) abandons everything: a proof in flight is
 * for the question before. */
export function useRankProof(args: CallInput<'rankBounds'> | null, bounds: Bounds | null, setBounds: (f: (b: Bounds | null) => Bounds | null) => void, onError: (e: unknown) => void) {
  const [progress, setProgress] = useState<ProofProgress | null>(null);
  /** Ends whose proof ended without proving them: nothing more to do there. */
  const [settled, setSettled] = useState<Partial<Record<RankEnd, ProofProgress['status']>>>({});
  // Bumped by every new question and on unmount: a loop whose generation is stale ends.
  const generation = useRef(0);
  const stopAsked = useRef(false);
  /** Where a stopped proof of each end stood: the next request, and the programs so far. */
  const resumeAt = useRef<Partial<Record<RankEnd, { input: ProofInput; programs: number }>>>({});
  const asked = bounds !== null;
  useEffect(() => {
    generation.current++;
    resumeAt.current = {};
    setProgress(null);
    setSettled({});
  }, [args, asked]);
  useEffect(() => () => void generation.current++, []);

  const prove = useCallback(
    async (end: RankEnd) => {
      if (!args || !bounds) return;
      const resumed = resumeAt.current[end];
      let input = resumed?.input ?? firstProofInput(args, bounds, end);
      if (!input) return;
      const mine = ++generation.current;
      stopAsked.current = false;
      let programs = resumed?.programs ?? 0;
      setProgress({ end, status: 'running', programs, pieces: input.pieces?.length ?? 1, rank: bounds[end].rank, limit: bounds[end].limit });
      try {
        for (;;) {
          const step = await api.proveRankEnd(input);
          if (generation.current !== mine) return;
          programs += step.steps;
          setBounds((b) => (b ? boundsAfter(b, step) : b));
          const now = progressAfter(step, programs, stopAsked.current);
          setProgress(now);
          input = nextProofInput(input, step);
          if (now.status === 'running') continue;
          if (now.status === 'stopped') resumeAt.current[end] = { input, programs };
          else delete resumeAt.current[end];
          if (now.status === 'tie' || now.status === 'exhausted') setSettled((s) => ({ ...s, [end]: now.status }));
          return;
        }
      } catch (e) {
        if (generation.current !== mine) return;
        resumeAt.current[end] = { input, programs };
        setProgress((p) => (p ? { ...p, status: 'stopped' } : p));
        onError(e);
      }
    },
    [args, bounds, setBounds, onError],
  );
  const stop = useCallback(() => {
    stopAsked.current = true;
  }, []);
  return { progress, settled, prove, stop };
}
