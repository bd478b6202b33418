import { KaopingError } from '../../api/errors';
import type { Rescorer } from '../results/rescorer';
import type { MilpSolver } from './milp';
import type { EnvelopeGap } from './linear-model';
import { exactRankEnds, type RelaxedEnd } from './rank-exact';
import { polishedOptimum, rankSetup, type WeightBounds } from './rank-bounds';
import type { WeightBoxBounds } from './rank-refine';
import { asTree } from '../tree';
import type { SensitivityInput } from './monte-carlo';
import { weightMap } from './weights';

/** A piece of the box of weights still to be searched, with the limit known over it. */
export interface ProofPiece {
  lo: number[];
  hi: number[];
  /** No weights of the piece rank the unit better (best) or worse (worst) than this. */
  limit: number;
  /** Not split again: too narrow. */
  final?: boolean;
  /** Settled up to near-ties: its limit program allows a rank past the one reached, but the
   * near-tie program (every comparison it counts clear by μ, a hundred-thousandth of the
   * scores' size) does not, so anywhere in the piece that rank needs some other unit's total
   * within μ of this one's. Its limit stands (such a near-tie is not ruled out); it is taken
   * again, to prove exactly, only when no other piece is left, and its halves are ties too. */
  tie?: boolean;
  /** With `tie`: μ over the piece where it was settled, in the scores' units. */
  margin?: number;
}

/** Where a proof stands: what `rankBounds` returned for the end, then what each call left. */
export interface RankProofState {
  end: 'best' | 'worst';
  /** The weights that reach the most extreme rank found so far for this end (every scored
   * node). */
  weights: Record<string, number>;
  /** The limit over the whole box so far. */
  limit: number;
  /** The pieces still open; null on the first call (the whole box, with `limit`). */
  pieces: ProofPiece[] | null;
}

export interface RankProofResult {
  end: 'best' | 'worst';
  /** The rank reached (rescored here from the weights), null when never ranked. */
  rank: number | null;
  weights: Record<string, number>;
  /** The limit over the whole box: the most promising limit of the pieces left, or the rank
   * reached when none is left. */
  limit: number | null;
  proven: boolean;
  /** The pieces that can still beat the rank reached, to pass back to the next call. */
  pieces: ProofPiece[];
  /** Pieces examined in this call: each certified, and solved as a program where the programs
   * apply. */
  steps: number;
  /** Every piece left is final (too narrow): more calls change nothing. */
  exhausted: boolean;
  /** Every piece left is settled up to near-ties (see `ProofPiece.tie`): a rank past the one
   * reached needs some other unit's total within `margin` of this one's. A call ends when it
   * gets there; called again with that state, it goes on splitting those pieces. */
  tie: boolean;
  /** When `tie`: the largest μ of the pieces left (each a hundred-thousandth of the scores'
   * size over the piece where it was settled), in the scores' units. */
  margin: number | null;
}

export interface RankProofOptions {
  solver?: MilpSolver;
  /** Pieces to examine at most in this call. */
  steps: number;
  rescorer?: Rescorer;
}

/** A piece narrower than this share of the box's range on every free weight is not split
 * again: what is left there is a tie within the solver's tolerance, not a gap splitting closes. */
const MIN_SHARE = 1e-6;
/** Where the relaxed optimum lies closer than this share of the piece's width to one of its
 * sides, the piece is cut in the middle instead (two pieces of real size each). */
const EDGE_SHARE = 0.1;

/** Branch and bound over the box of weights to prove one end of the rank bounds exactly
 * (docs/sensitivity.md, "Proving an end"). The relaxed limit program of rank-exact.ts is
 * loose only through the envelopes of products (a unit's missing values, a geometric or
 * TOPSIS node), and envelopes tighten as the box shrinks. So the most promising piece is
 * taken, certified and solved over itself: its optimum is rescored (a candidate), its bound is
 * its limit. Where that limit can still beat the rank reached, the near-tie program (every
 * comparison it counts clear by μ, a hundred-thousandth of the scores' size) is solved too:
 * its optimum is another candidate, and when its bound cannot beat the rank reached, a better
 * rank anywhere in the piece needs some other unit within μ of this one. Such a piece is kept
 * whole, marked `tie`, and taken again only when no other piece is left: a call that reaches
 * that point ends there (the caller says "settled up to near-ties"), and the next call, given
 * that state, goes on splitting them (to prove exactly). Any other open piece is cut in two,
 * at one weight's value at the near-tie program's optimum (its points keep clear of the
 * near-ties the limit program's optimum can sit on, so where it errs, the envelopes do; for a
 * piece already marked `tie`, the limit program's): neither half keeps the whole range around
 * the point where the relaxation erred. The weight is one of the children of the node whose
 * envelopes, for this unit and the contested units on the wrong side of it at the optimum
 * (those the relaxation may have counted wrongly), are furthest from the true products at the
 * solver's point: narrowing them is what tightens the relaxation where it erred. Failing that,
 * a weight of a group under which one of those units lacks values; failing that, any free
 * weight; the widest relative to the box each time. Pieces whose limit the rank reached already
 * are dropped; the end is proven when none is left. While a program's limit can still beat the
 * rank reached, its optimum is also polished on the exact totals within the piece
 * (rank-polish.ts), another candidate. At ±10%, of the demo county's 58 ends the call leaves open this proves 48 within
 * 60 pieces each and settles 2 up to near-ties; of ASEM's 4 it proves 3 (16, 65 and 464
 * pieces).
 *
 * The state travels with the caller between calls (a few pieces each), so a host can show
 * progress, answer other calls in between and stop at any time. A call rescores the weights
 * it is given (the rank it returns is its own), certifies every piece it takes and refuses a
 * piece outside the box; but the limits it is given (the first call's, from rankBounds, and
 * each piece's) and the pieces' covering of the box are taken as they are. So `proven` holds
 * for a state that earlier calls on the same question returned, as the What-if screen passes
 * it; the service keeps nothing between calls and cannot check more.
 * Deterministic: the same state gives the same result. */
export function* proveRankEndSteps(input: SensitivityInput, unit: string, bounds: WeightBounds, state: RankProofState, options: RankProofOptions): Generator<void, RankProofResult, void> {
  const setup = rankSetup(input, unit, bounds, options.rescorer);
  const { r, space, i, lo, hi, free, inputs, certify, rescoreVector } = setup;
  const m = space.codes.length;
  const { end } = state;
  const sign = end === 'best' ? 1 : -1;
  const key = (rank: number) => sign * rank;
  const tighter = (a: number, b: number) => (sign > 0 ? Math.max(a, b) : Math.min(a, b));

  const inBox = (w: ArrayLike<number>) => Float64Array.from({ length: m }, (_, k) => Math.min(hi[k], Math.max(lo[k], w[k])));
  let best: Float64Array = inBox(space.codes.map((c, k) => state.weights[c] ?? space.nominal[k]));
  const rankAt = (w: Float64Array) => {
    const rank = rescoreVector(w).rank[i];
    return rank > 0 ? rank : null;
  };
  let reached = rankAt(best);
  /** Keeps `x` (in the box) when its rank beats the one reached. */
  const consider = (x: Float64Array, rank: number) => {
    if (rank > 0 && (reached === null || key(rank) < key(reached))) [best, reached] = [x, rank];
  };
  const open = (limit: number) => reached === null || key(limit) < key(reached);

  const groupOfNode = new Map<string, number>([['', 0], ...asTree(input.tree).aggregates.map((a, at): [string, number] => [a, at + 1])]);
  const lacking = lackingGroups(input, r, groupOfNode);
  /** Where to cut a piece, by the rules of this function's comment: `x` is its relaxed
   * optimum, `wrongSide` the contested units on the far side of this one there. */
  const cutAt = (box: WeightBoxBounds, x: Float64Array, wrongSide: readonly number[], gaps: readonly EnvelopeGap[]): [number, number] | null => {
    const units = new Set([i, ...wrongSide]);
    // The node whose envelopes, for these units, are furthest from the true products at x.
    const byNode = new Map<string, number>();
    for (const { tag, gap } of gaps) if (units.has(tag.unit)) byNode.set(tag.node, (byNode.get(tag.node) ?? 0) + gap);
    for (const [node, gap] of [...byNode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      if (!(gap > 0)) break;
      const g = groupOfNode.get(node);
      const cut = cutOf(box, lo, hi, free.filter((k) => space.groupOf[k] === g), x);
      if (cut) return cut;
    }
    // Failing that, a weight of a group under which one of these units lacks values.
    const groups = new Set<number>();
    for (const u of units) for (const g of lacking(u)) groups.add(g);
    return cutOf(box, lo, hi, free.filter((k) => groups.has(space.groupOf[k])), x);
  };
  const pieces: ProofPiece[] = state.pieces ? state.pieces.map((p, at) => checkedPiece(p, at, lo, hi)) : [{ lo: [...lo], hi: [...hi], limit: state.limit }];
  // A call that starts with near-ties only (and pieces too narrow to split) was asked to go on
  // past them; otherwise it ends when what is left becomes so, so that the caller can say so.
  const pastTies = pieces.length > 0 && pieces.every((p) => p.tie || p.final);
  const onlyTies = () => pieces.every((p) => p.tie || p.final || !open(p.limit));
  let steps = 0;
  while (steps < options.steps && (pastTies || !onlyTies())) {
    // The most promising piece that can still beat the rank reached (the first of equals);
    // pieces settled up to near-ties only when no other is left.
    let at = -1;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      if (p.final || !open(p.limit)) continue;
      const q = pieces[at];
      if (at < 0 || (!p.tie && q.tie) || (!p.tie === !q.tie && key(p.limit) < key(q.limit))) at = k;
    }
    if (at < 0) break;
    const [piece] = pieces.splice(at, 1);
    const box: WeightBoxBounds = { lo: Float64Array.from(piece.lo), hi: Float64Array.from(piece.hi) };
    const certificate = certify(box);
    const certified = sign > 0 ? certificate.bestLimit : certificate.worstLimit;
    // Never ranked anywhere in the piece: it holds no rank to find.
    if (certified === null) continue;
    let limit = tighter(piece.limit, certified);
    const centre = Float64Array.from(box.lo, (l, k) => (l + box.hi[k]) / 2);
    consider(centre, rescoreVector(centre).rank[i]);
    const exact = open(limit) && options.solver ? exactRankEnds(inputs(box), i, certificate, options.solver) : null;
    steps++;
    /** Rescores a program's optimum (a candidate), and while the program's limit can still beat
     * the rank reached, that optimum polished on the exact totals (another); names the contested
     * units on the far side of this one at the (unpolished) optimum, which the cut below reads:
     * that is where the relaxation erred. */
    const optimumOf = (relaxed: RelaxedEnd | null) => {
      if (!relaxed?.weights) return null;
      const x = inBox(relaxed.weights);
      const { total, rank } = rescoreVector(x);
      consider(x, rank[i]);
      if (open(relaxed.limit) && options.solver) {
        const polished = polishedOptimum(setup, options.solver, box, relaxed, sign, certificate);
        // Already within the piece, so within the box.
        if (polished) consider(polished, rescoreVector(polished).rank[i]);
      }
      const wrongSide = certificate.contested.filter((j) => rank[j] > 0 && sign * (total[j] - total[i]) > 0);
      return { x, wrongSide, gaps: relaxed.gaps };
    };
    const relaxed = exact?.limit(end) ?? null;
    if (relaxed) limit = tighter(limit, relaxed.limit);
    let optimum = optimumOf(relaxed);
    yield;
    if (!open(limit)) continue;
    const tie = piece.tie === true;
    if (exact && !tie) {
      // The same program with every comparison it counts clear by μ. Its optimum is a
      // candidate clear of the envelopes' small errors, and when even its bound cannot beat
      // the rank reached, only a near-tie can, anywhere in the piece: kept whole until no
      // other piece is left.
      const near = exact.nearTieLimit(end);
      const nearOptimum = optimumOf(near);
      yield;
      if (!open(limit)) continue;
      if (near && !open(near.limit)) {
        pieces.push({ ...piece, limit, tie: true, margin: exact.nearTieMargin });
        continue;
      }
      // Where its optimum errs, the envelopes do (it keeps clear of the near-ties the limit
      // program's may sit on): the cut reads it.
      optimum = nearOptimum ?? optimum;
    }
    const cut = (optimum ? cutAt(box, optimum.x, optimum.wrongSide, optimum.gaps) : null) ?? cutOf(box, lo, hi, free, optimum?.x ?? null);
    if (!cut) {
      pieces.push({ ...piece, limit, final: true });
      continue;
    }
    const [d, value] = cut;
    // Halves of a piece settled up to near-ties are so too, with its μ.
    const settled = tie ? { tie, margin: piece.margin } : {};
    const below: ProofPiece = { lo: [...box.lo], hi: [...box.hi], limit, ...settled };
    const above: ProofPiece = { lo: [...box.lo], hi: [...box.hi], limit, ...settled };
    below.hi[d] = value;
    above.lo[d] = value;
    pieces.push(below, above);
  }

  const left = pieces.filter((p) => open(p.limit));
  let limit: number | null = reached;
  for (const p of left) if (limit === null || key(p.limit) < key(limit)) limit = p.limit;
  // `reached` is the rescored rank of `best` (every candidate is kept with its own).
  const rank = reached;
  const tie = left.length > 0 && left.every((p) => p.tie);
  return {
    end,
    rank,
    weights: weightMap(space, best),
    limit,
    proven: rank !== null && left.length === 0,
    pieces: left,
    steps,
    exhausted: left.length > 0 && left.every((p) => p.final),
    tie,
    margin: tie ? Math.max(...left.map((p) => p.margin ?? Infinity)) : null,
  };
}

/** Where to cut a piece: its widest free weight relative to the box, at the relaxed optimum's
 * value when that lies well inside the piece, else in the middle; null when the piece is too
 * narrow everywhere. */
function cutOf(piece: WeightBoxBounds, lo: Float64Array, hi: Float64Array, free: readonly number[], optimum: Float64Array | null): [number, number] | null {
  let d = -1;
  let widest = MIN_SHARE;
  for (const k of free) {
    const share = (piece.hi[k] - piece.lo[k]) / (hi[k] - lo[k]);
    if (share > widest) [d, widest] = [k, share];
  }
  if (d < 0) return null;
  const [a, b] = [piece.lo[d], piece.hi[d]];
  const margin = (b - a) * EDGE_SHARE;
  const x = optimum?.[d];
  return [d, x !== undefined && x > a + margin && x < b - margin ? x : (a + b) / 2];
}

/** A piece passed back by a caller, checked against the box (a state only says where to look:
 * a piece outside the box or malformed is refused, naming it). */
function checkedPiece(p: ProofPiece, at: number, lo: Float64Array, hi: Float64Array): ProofPiece {
  const m = lo.length;
  const tol = (k: number) => 1e-9 * Math.max(1, Math.abs(hi[k]));
  const ok =
    p.lo.length === m &&
    p.hi.length === m &&
    Number.isInteger(p.limit) &&
    p.limit >= 1 &&
    // A piece settled up to near-ties carries the μ it was settled with.
    (p.tie ? p.margin !== undefined && Number.isFinite(p.margin) && p.margin >= 0 : p.margin === undefined) &&
    p.lo.every((v, k) => Number.isFinite(v) && v >= lo[k] - tol(k) && v <= p.hi[k]) &&
    p.hi.every((v, k) => Number.isFinite(v) && v <= hi[k] + tol(k));
  if (!ok) throw new KaopingError('scenarios.badProofPiece', { piece: String(at + 1) });
  return p;
}

/** For each unit, the sibling groups (indexes into `space.groups`: 0 the top level, then each
 * aggregate's children) of the nodes where it lacks a child: there its mean runs over the
 * children it has. A node is present for a unit where any of its children is. Worked out once
 * per unit. */
function lackingGroups(input: SensitivityInput, r: Rescorer, groupOfNode: ReadonlyMap<string, number>): (u: number) => number[] {
  const tree = asTree(input.tree);
  const n = r.unitCodes.length;
  const { mask } = r.normalised;
  const leafAt = new Map(tree.leaves.map((c, j) => [c, j]));
  const children = (a: string): readonly string[] => (a === '' ? tree.topLevel : tree.children.get(a) ?? []);
  const known = new Map<number, number[]>();
  return (u) => {
    const seen = known.get(u);
    if (seen) return seen;
    const out: number[] = [];
    const present = (c: string): boolean => {
      const leaf = leafAt.get(c);
      if (leaf !== undefined) return mask[leaf * n + u] === 1;
      const has = children(c).map(present);
      if (has.some((h) => !h) && has.some((h) => h)) out.push(groupOfNode.get(c)!);
      return has.some((h) => h);
    };
    present('');
    known.set(u, out);
    return out;
  };
}

/** One call of the proof, however the host makes it (the engine directly, or the service's
 * `proveRankEnd`): the state and the pieces it may examine, to its result. */
export type RankProofCall = (state: RankProofState, steps: number) => RankProofResult | Promise<RankProofResult>;

/** Proves one end with up to `budget` pieces of the box, `perCall` per call, going on past
 * near-ties (a call ends where it meets them) as the What-if screen's "Prove exactly" does: for
 * batch work (the CLI, the bench). Ends when proven, when nothing is left to split, or when the
 * budget is spent; returns the last result and the pieces examined. */
export async function proveWithin(call: RankProofCall, first: RankProofState, budget: number, perCall: number): Promise<{ result: RankProofResult; pieces: number }> {
  let state = first;
  let pieces = 0;
  for (;;) {
    const result = await call(state, Math.max(1, Math.min(perCall, budget - pieces)));
    pieces += result.steps;
    if (result.proven || result.exhausted || result.steps === 0 || pieces >= budget) return { result, pieces };
    state = { end: state.end, weights: result.weights, limit: result.limit ?? state.limit, pieces: result.pieces };
  }
}
