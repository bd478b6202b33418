import { KaopingError } from '../../api/errors';
import type { Rescorer } from '../results/rescorer';
import type { MilpSolver } from './milp';
import type { EnvelopeGap } from './linear-model';
import { exactRankEnds } from './rank-exact';
import { rankSetup, type WeightBounds } from './rank-bounds';
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
  /** Not split again: too narrow, or (`tie`) a near-tie at its optimum. */
  final?: boolean;
  /** At the piece's relaxed optimum the rescored rank misses the limit only by units within a
   * millionth of the scores' size of this one: a near-tie, which rounding decides there. Judged
   * at that one point: the piece is left unsplit, its limit stands, the end is not proven. */
  tie?: boolean;
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
  /** Every piece left is final (too narrow, or a near-tie at its optimum): more calls change
   * nothing. */
  exhausted: boolean;
  /** Exhausted, and every piece left is a near-tie at its optimum (see `ProofPiece.tie`). */
  tie: boolean;
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
/** Units closer than this share of the scores' size to the chosen one count as tying it when
 * a piece's gap is judged (rank-exact.ts keeps its points this far from every comparison). */
const TIE_SHARE = 1e-6;
/** Where the relaxed optimum lies closer than this share of the piece's width to one of its
 * sides, the piece is cut in the middle instead (two pieces of real size each). */
const EDGE_SHARE = 0.1;

/** Branch and bound over the box of weights to prove one end of the rank bounds exactly
 * (docs/sensitivity.md, "Proving an end"). The relaxed limit program of rank-exact.ts is
 * loose only through the envelopes of products (a unit's missing values, a geometric or
 * TOPSIS node), and envelopes tighten as the box shrinks. So the most promising piece is
 * taken, certified and solved over itself: its optimum is rescored (a candidate), its bound is
 * its limit, and while that limit can still beat the rank reached the piece is cut in two,
 * at the optimum's value of one weight (neither half keeps the whole range around the point
 * where the relaxation erred). The weight is one of the children of the node whose envelopes,
 * for this unit and the contested units on the wrong side of it at the optimum (those the
 * relaxation may have counted wrongly), are furthest from the true products at the solver's
 * point: narrowing them is what tightens the relaxation where it erred. Failing that, a weight
 * of a group under which one of those units lacks values; failing that, any free weight; the
 * widest relative to the box each time. Pieces whose limit the rank reached already are
 * dropped; the end is proven when none is left. At ±10% this closes 4 of the 6 ends the call
 * leaves open on the demo county (27–41 programs each) and 2 of ASEM's 4 (15 and 59).
 * Measured against: cutting under where units lack values alone, the demo's 4 in 33–49 and
 * ASEM's 1 in 150 programs; cutting the widest weight of all, the demo's 2 (docs/sensitivity.md).
 *
 * The state travels with the caller between calls (a few programs each), so a host can show
 * progress, answer other calls in between and stop at any time. A call rescores the weights
 * it is given (the rank it returns is its own), certifies every piece it takes and refuses a
 * piece outside the box; but the limits it is given (the first call's, from rankBounds, and
 * each piece's) and the pieces' covering of the box are taken as they are. So `proven` holds
 * for a state that earlier calls on the same question returned, as the What-if screen passes
 * it; the service keeps nothing between calls and cannot check more.
 * Deterministic: the same state gives the same result. */
export function* proveRankEndSteps(input: SensitivityInput, unit: string, bounds: WeightBounds, state: RankProofState, options: RankProofOptions): Generator<void, RankProofResult, void> {
  const { r, space, i, lo, hi, free, inputs, certify, rescoreVector } = rankSetup(input, unit, bounds, options.rescorer);
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
  let steps = 0;
  while (steps < options.steps) {
    // The most promising piece that can still beat the rank reached (the first of equals).
    let at = -1;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      if (p.final || !open(p.limit)) continue;
      if (at < 0 || key(p.limit) < key(pieces[at].limit)) at = k;
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
    let optimum: { x: Float64Array; wrongSide: number[]; tie: boolean; gaps: EnvelopeGap[] } | null = null;
    const exact = open(limit) && options.solver ? exactRankEnds(inputs(box), i, certificate, options.solver) : null;
    steps++;
    const relaxed = exact?.limit(end) ?? null;
    if (relaxed) {
      limit = tighter(limit, relaxed.limit);
      if (relaxed.weights) {
        // Rescored once: a candidate, and what the tie and the cut below read.
        const x = inBox(relaxed.weights);
        const { total, rank } = rescoreVector(x);
        consider(x, rank[i]);
        const wrongSide = certificate.contested.filter((j) => rank[j] > 0 && sign * (total[j] - total[i]) > 0);
        // The limit is missed only by units within TIE_SHARE of this one on the far side:
        // counted as ties, they would make up the difference.
        const tol = TIE_SHARE * (certificate.epsilon / 1e-9);
        const near = wrongSide.filter((j) => sign * (total[j] - total[i]) <= tol).length;
        const tie = rank[i] > 0 && key(rank[i]) - near <= key(limit);
        optimum = { x, wrongSide, tie, gaps: relaxed.gaps };
      }
    }
    yield;
    if (!open(limit)) continue;
    if (optimum?.tie) {
      pieces.push({ ...piece, limit, final: true, tie: true });
      continue;
    }
    const cut = (optimum ? cutAt(box, optimum.x, optimum.wrongSide, optimum.gaps) : null) ?? cutOf(box, lo, hi, free, optimum?.x ?? null);
    if (!cut) {
      pieces.push({ ...piece, limit, final: true });
      continue;
    }
    const [d, value] = cut;
    const below = { lo: [...box.lo], hi: [...box.hi], limit };
    const above = { lo: [...box.lo], hi: [...box.hi], limit };
    below.hi[d] = value;
    above.lo[d] = value;
    pieces.push(below, above);
  }

  const left = pieces.filter((p) => open(p.limit));
  let limit: number | null = reached;
  for (const p of left) if (limit === null || key(p.limit) < key(limit)) limit = p.limit;
  // `reached` is the rescored rank of `best` (every candidate is kept with its own).
  const rank = reached;
  return {
    end,
    rank,
    weights: weightMap(space, best),
    limit,
    proven: rank !== null && left.length === 0,
    pieces: left,
    steps,
    exhausted: left.length > 0 && left.every((p) => p.final),
    tie: left.length > 0 && left.every((p) => p.tie),
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
