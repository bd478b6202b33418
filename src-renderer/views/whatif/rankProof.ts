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
  /** Pieces of the weight bounds still to check (not those left final: too narrow). */
  pieces: number;
  rank: number | null;
  limit: number | null;
  /** What is left is settled up to near-ties (running on past them, or stopped there). */
  nearTie: boolean;
  /** With `nearTie`: how near another unit's total must come to this one's for the limit to be
   * reached, in points. */
  margin: number | null;
}

/** Pieces of the box the service examines per call (one or two programs each): a call then
 * takes about a second on the demo county at ±10% (0.4 s a piece in the What-if test's
 * scenario), so a press of Stop is answered within one. */
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

/** How far a proof goes on past a near-tie before it stops there and says so: as many pieces
 * again as it took to reach it, at least MIN_GO_ON. An end settled up to near-ties is often
 * proven exactly soon after (measured at ±10%: the demo county's QL05004 and QL10011 worst at
 * 23 → 32 and 31 → 39 pieces, ASEM's AUT, BGD and NZL at 10 → 16, 60 → 65 and 340 → 464). */
export function goOnPastTieUntil(programs: number): number {
  return programs + Math.max(programs, MIN_GO_ON);
}
const MIN_GO_ON = 10;

/** The progress after a step; `stopped` when the user asked to stop; `tieUntil` the pieces
 * examined by which a near-tie ends the proof (see `goOnPastTieUntil`; Infinity when asked to
 * prove exactly). A proof ends when proven, when no piece can be split, and when what is left
 * is settled up to near-ties and it is past `tieUntil` or was stopped (it then says the
 * near-tie, which is what it knows). */
export function progressAfter(step: Step, programs: number, stopped: boolean, tieUntil = Infinity): ProofProgress {
  const tie = step.tie && (stopped || programs >= tieUntil);
  // A step that examined nothing and did not prove the end has nothing left to examine (not
  // even by proving a near-tie exactly).
  const status = step.proven ? 'proven' : step.exhausted || step.steps === 0 ? 'exhausted' : tie ? 'tie' : stopped ? 'stopped' : 'running';
  return { end: step.end, status, programs, pieces: step.pieces.filter((p) => !p.final).length, rank: step.rank, limit: step.limit, nearTie: step.tie, margin: step.margin };
}

/** A margin no score shows: scores are shown with two decimals, so one under half their last
 * digit (`marginText` rounds up to a power of ten). */
export const belowShown = (margin: number): boolean => Number(marginText(margin)) <= 0.001;

/** A near-tie's margin as said on screen: the next power of ten up (0.00093 → "0.001"), so
 * that "within" stays true. */
export function marginText(margin: number): string {
  const power = Math.ceil(Math.log10(margin));
  return power >= 0 ? String(10 ** power) : (10 ** power).toFixed(-power);
}

/** The rank bounds with one end replaced by where its proof stands (its limit starts from the
 * call's, so it is never looser). */
export function boundsAfter(bounds: Bounds, step: Step): Bounds {
  return { ...bounds, [step.end]: { rank: step.rank, weights: step.weights, limit: step.limit, proven: step.proven } };
}
