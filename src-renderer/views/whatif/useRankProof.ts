import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import type { CallInput, CallResult } from './types';
import { boundsAfter, firstProofInput, nextProofInput, progressAfter, type ProofProgress, type RankEnd } from './rankProof';

type Bounds = CallResult<'rankBounds'>;

/** Proving an end of the rank bounds further: calls `proveRankEnd` a few programs at a time,
 * passing back what each call returned, until the end is proven, cannot be split further, or
 * the user stops. Each step updates the bounds shown. A new question (`args` or `bounds`
 * cleared) abandons a proof in flight: its answers are for the question before. */
export function useRankProof(args: CallInput<'rankBounds'> | null, bounds: Bounds | null, setBounds: (f: (b: Bounds | null) => Bounds | null) => void, onError: (e: unknown) => void) {
  const [progress, setProgress] = useState<ProofProgress | null>(null);
  // Bumped by every new question and by Stop: a loop whose generation is stale ends.
  const generation = useRef(0);
  const stopAsked = useRef(false);
  const asked = bounds !== null;
  useEffect(() => {
    generation.current++;
    setProgress(null);
  }, [args, asked]);
  useEffect(() => () => void generation.current++, []);

  const prove = useCallback(
    async (end: RankEnd) => {
      if (!args || !bounds) return;
      let input = firstProofInput(args, bounds, end);
      if (!input) return;
      const mine = ++generation.current;
      stopAsked.current = false;
      let programs = 0;
      setProgress({ end, status: 'running', programs, pieces: 1, rank: bounds[end].rank, limit: bounds[end].limit });
      try {
        for (;;) {
          const step = await api.proveRankEnd(input);
          if (generation.current !== mine) return;
          programs += step.steps;
          setBounds((b) => (b ? boundsAfter(b, step) : b));
          const now = progressAfter(step, programs, stopAsked.current);
          setProgress(now);
          if (now.status !== 'running') return;
          input = nextProofInput(input, step);
        }
      } catch (e) {
        if (generation.current !== mine) return;
        setProgress((p) => (p ? { ...p, status: 'stopped' } : p));
        onError(e);
      }
    },
    [args, bounds, setBounds, onError],
  );
  const stop = useCallback(() => {
    stopAsked.current = true;
  }, []);
  return { progress, prove, stop };
}
