import type { CallInput, CallResult } from './types';

type Bounds = CallResult<'rankBounds'>;
type Step = CallResult<'proveRankEnd'>;
export type RankEnd = 'best' | 'worst';

/** Where a proof of one end stands, as the panel shows it. */
export interface ProofProgress {
  end: RankEnd;
  status: 'running' | 'stopped' | 'proven' | 'tie' | 'exhausted';
  /** Pieces examined since the proof was started (each certified and solved as a program). */
  programs: number;
  /** Pieces of the weight bounds still to check (not those left final: too narrow, a tie). */
  pieces: number;
  rank: number | null;
  limit: number | null;
}

/** Programs the service solves per call: a call then takes about a second on the demo county
 * at ±10%, so a press of Stop is answered within one. */
export const STEPS_PER_CALL = 2;

/** The first request of a proof: the end as `rankBounds` left it, no pieces yet. */
export function firstProofInput(args: CallInput<'rankBounds'>, bounds: Bounds, end: RankEnd): CallInput<'proveRankEnd'> | null {
  const b = bounds[end];
  if (b.proven || b.limit === null || b.rank === null) return null;
  return { ...args, end, weights: b.weights, limit: b.limit, pieces: null, steps: STEPS_PER_CALL };
}

/** The request after `step`: what it returned, passed back. */
export function nextProofInput(input: CallInput<'proveRankEnd'>, step: Step): CallInput<'proveRankEnd'> {
  return { ...input, weights: step.weights, limit: step.limit ?? input.limit, pieces: step.pieces };
}

/** The progress after a step; `stopped` when the user asked to stop. A proof ends when proven,
 * when what is left is a tie, or when no piece can be split. */
export function progressAfter(step: Step, programs: number, stopped: boolean): ProofProgress {
  // A step that examined nothing and did not prove the end has nothing left to examine.
  const status = step.proven ? 'proven' : step.tie ? 'tie' : step.exhausted || step.steps === 0 ? 'exhausted' : stopped ? 'stopped' : 'running';
  return { end: step.end, status, programs, pieces: step.pieces.filter((p) => !p.final).length, rank: step.rank, limit: step.limit };
}

/** The rank bounds with one end replaced by where its proof stands (its limit starts from the
 * call's, so it is never looser). */
export function boundsAfter(bounds: Bounds, step: Step): Bounds {
  return { ...bounds, [step.end]: { rank: step.rank, weights: step.weights, limit: step.limit, proven: step.proven } };
}
