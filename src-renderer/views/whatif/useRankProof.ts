import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import type { CallInput, CallResult } from './types';
import { boundsAfter, firstProofInput, goOnPastTieUntil, nextProofInput, progressAfter, type ProofProgress, type RankEnd } from './rankProof';

type Bounds = CallResult<'rankBounds'>;
type ProofInput = CallInput<'proveRankEnd'>;

/** Proving an end of the rank bounds further: calls `proveRankEnd` a few pieces at a time,
 * passing back what each call returned, until the end is proven, cannot be split further, is
 * settled up to near-ties (after going on past them a while, `goOnPastTieUntil`), or the user
 * stops. Each step updates the bounds shown. A stopped proof goes on from where it stood (its
 * open pieces are kept), and so does one settled up to near-ties, which then goes on past them
 * until proven or stopped (proving exactly); one with nothing left to split is not started
 * again. A new question (`args` or `bounds` cleared) abandons everything: a proof in flight is
 * for the question before. */
export function useRankProof(args: CallInput<'rankBounds'> | null, bounds: Bounds | null, setBounds: (f: (b: Bounds | null) => Bounds | null) => void, onError: (e: unknown) => void) {
  const [progress, setProgress] = useState<ProofProgress | null>(null);
  /** Ends whose proof ended without proving them: at a near-tie (it can go on exactly), or
   * with nothing left to split (nothing more to do). */
  const [settled, setSettled] = useState<Partial<Record<RankEnd, ProofProgress['status']>>>({});
  // Bumped by every new question and on unmount: a loop whose generation is stale ends.
  const generation = useRef(0);
  const stopAsked = useRef(false);
  /** Where a stopped proof (or one at a near-tie) of each end stood: the next request, the
   * pieces examined so far, and by when a near-tie ends it (null: none met yet). */
  const resumeAt = useRef<Partial<Record<RankEnd, { input: ProofInput; programs: number; tieUntil: number | null; last: ProofProgress | null }>>>({});
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
      // Started again from a near-tie: prove exactly, until proven or stopped.
      let tieUntil = settled[end] === 'tie' ? Infinity : (resumed?.tieUntil ?? null);
      setSettled((s) => {
        const next = { ...s };
        delete next[end];
        return next;
      });
      let programs = resumed?.programs ?? 0;
      // Until the first answer: where it stood (still settled up to near-ties, if it was).
      let last = resumed?.last ?? null;
      setProgress({ end, status: 'running', programs, pieces: input.pieces?.length ?? 1, rank: bounds[end].rank, limit: bounds[end].limit, nearTie: last?.nearTie ?? false, margin: last?.margin ?? null });
      try {
        for (;;) {
          const step = await api.proveRankEnd(input);
          if (generation.current !== mine) return;
          programs += step.steps;
          if (step.tie && tieUntil === null) tieUntil = goOnPastTieUntil(programs);
          setBounds((b) => (b ? boundsAfter(b, step) : b));
          const now = progressAfter(step, programs, stopAsked.current, tieUntil ?? Infinity);
          last = now;
          setProgress(now);
          input = nextProofInput(input, step);
          if (now.status === 'running') continue;
          if (now.status === 'stopped' || now.status === 'tie') resumeAt.current[end] = { input, programs, tieUntil, last };
          else delete resumeAt.current[end];
          if (now.status === 'tie' || now.status === 'exhausted') setSettled((s) => ({ ...s, [end]: now.status }));
          return;
        }
      } catch (e) {
        if (generation.current !== mine) return;
        resumeAt.current[end] = { input, programs, tieUntil, last };
        setProgress((p) => (p ? { ...p, status: 'stopped' } : p));
        onError(e);
      }
    },
    [args, bounds, settled, setBounds, onError],
  );
  const stop = useCallback(() => {
    stopAsked.current = true;
  }, []);
  return { progress, settled, prove, stop };
}
