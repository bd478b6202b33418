import { KaopingError } from '../../api/errors';
import { createRescorer, type Rescorer } from '../results/rescorer';
import { asTree } from '../tree';
import type { ScoreResult } from '../types';
import type { SensitivityInput } from './monte-carlo';
import { mulberry32 } from './prng';
import { withGroupLimits } from './group-bound';
import { groupSeed, votes } from './group-seed';
import { rankCertificate, type CertificateInput, type RankCertificate } from './rank-certificate';
import type { MilpSolver } from './milp';
import { exactRankEnds, reachMargin, type ExactEnds, type RelaxedEnd } from './rank-exact';
import { polishReach } from './rank-polish';
import { refineLimit, type WeightBoxBounds } from './rank-refine';
import { runToEnd } from './steps';
import { vectorRescore, weightMap, weightSpace, type WeightSpace } from './weights';

/** Bounds the committee sets on weights (points among siblings): `relative` b lets every
 * weight w move within [w(1 − b), w(1 + b)]; `nodes` sets [min, max] for named nodes (winning
 * over `relative`). Nodes without a bound keep their weight. */
export interface WeightBounds {
  relative?: number;
  nodes?: Record<string, { min: number; max: number }>;
}

export interface RankBound {
  rank: number | null;
  /** Weights (every scored node) under which the unit has that rank. */
  weights: Record<string, number>;
  /** The certified limit: no weights in the box rank the unit better (for the best) or worse
   * (for the worst) than this (rank-certificate.ts); null when the unit is never ranked. */
  limit: number | null;
  /** The rank found is the limit: it is the true best (worst) within the bounds. */
  proven: boolean;
}

export interface RankBoundsResult {
  unit: string;
  nominal: number | null;
  best: RankBound;
  worst: RankBound;
}

export interface RankBoundsOptions {
  /** A rescorer already built for the input. */
  rescorer?: Rescorer;
  /** A mixed-integer solver: with one, the ends are the optima of exact programs wherever the
   * totals allow them (rank-exact.ts); without, the certificate and the search alone. */
  solver?: MilpSolver;
}

/** Rounds of the local search around the relaxed program's optimum, and the first round's box:
 * this share of each weight's range on either side of the optimum (halved each round). */
const LOCAL_ROUNDS = 2;
const LOCAL_SHARE = 0.25;

/** The box around `w`: each weight within ±share of its range, inside the bounds. */
function aroundBox(w: Float64Array, lo: Float64Array, hi: Float64Array, share: number): WeightBoxBounds {
  const half = (k: number) => (hi[k] - lo[k]) * share;
  return {
    lo: Float64Array.from(w, (v, k) => Math.max(lo[k], v - half(k))),
    hi: Float64Array.from(w, (v, k) => Math.min(hi[k], v + half(k))),
  };
}

/** Random vertices of the box tried before the local search. */
const RANDOM_VERTICES = 200;
const PASSES = 6;
/** Weights tried per node in each coordinate pass (both bounds included). */
const LINE_POINTS = 17;

/** The box of weights the bounds allow: [lo[k], hi[k]] per node of the weight space, and the
 * nodes that can move (a node alone in its group cannot: only ratios among siblings matter).
 * Throws `scenarios.badBound` / `scenarios.unknownNode`. */
export function weightBox(space: WeightSpace, bounds: WeightBounds): { lo: Float64Array; hi: Float64Array; free: number[] } {
  const m = space.codes.length;
  const lo = Float64Array.from(space.nominal);
  const hi = Float64Array.from(space.nominal);
  const b = bounds.relative ?? 0;
  if (!Number.isFinite(b) || b < 0 || b >= 1) throw new KaopingError('scenarios.badBound', { node: '*', value: String(b) });
  for (let k = 0; k < m; k++) {
    lo[k] = space.nominal[k] * (1 - b);
    hi[k] = space.nominal[k] * (1 + b);
  }
  for (const [code, { min, max }] of Object.entries(bounds.nodes ?? {})) {
    const k = space.codes.indexOf(code);
    if (k < 0) throw new KaopingError('scenarios.unknownNode', { node: code });
    if (!(Number.isFinite(min) && Number.isFinite(max) && min >= 0 && min <= max)) {
      throw new KaopingError('scenarios.badBound', { node: code, value: `${min}–${max}` });
    }
    lo[k] = min;
    hi[k] = max;
  }
  const free = [...Array(m).keys()].filter((k) => hi[k] > lo[k] && space.groups[space.groupOf[k]].length > 1);
  return { lo, hi, free };
}

/** The certificate of unit i over any box (rank-certificate.ts), from what the rescorer has
 * prepared: its normalised leaves, and the adjustments and vetoes at the nominal weights (they
 * do not depend on the varied weights); tightened by group-bound.ts. */
function certifierOf(at: (box: WeightBoxBounds) => CertificateInput, nominal: Float64Array, i: number): (box: WeightBoxBounds) => RankCertificate {
  return (box) => {
    const given = at(box);
    return withGroupLimits(given, i, rankCertificate(given, i), (j) => nominal[j] - nominal[i]);
  };
}

/** What a certificate reads, for any box (`nominal`: the result at the nominal weights). */
function certificateInputs(input: SensitivityInput, r: Rescorer, space: WeightSpace, nominal: ScoreResult): (box: WeightBoxBounds) => CertificateInput {
  const tree = asTree(input.tree);
  const fixed = {
    tree,
    scheme: input.scheme,
    space,
    scores: r.normalised.scores,
    mask: r.normalised.mask,
    range: r.normalised.range,
    categories: nominal.categories,
    adjustment: Float64Array.from(nominal.bonus, (b, u) => b - nominal.penalty[u]),
    excluded: nominal.excluded,
  };
  return (box) => ({ ...fixed, lo: box.lo, hi: box.hi });
}

/** What a search over one unit's box of weights reads, built once per call: the rescorer, the
 * weight space and the box, the certificate inputs and certifier for any piece of it, and a
 * rescoring of a weight vector. */
export interface RankSetup {
  r: Rescorer;
  space: WeightSpace;
  /** The unit's position among the rescorer's units. */
  i: number;
  lo: Float64Array;
  hi: Float64Array;
  free: number[];
  inputs: (box: WeightBoxBounds) => CertificateInput;
  certify: (box: WeightBoxBounds) => RankCertificate;
  /** The same totals and ranks as r.rescore(weightMap(space, w)), bit for bit, without
   * building the map and the weight table on every try where it can. */
  rescoreVector: (w: Float64Array) => { total: Float64Array; rank: Int32Array };
  /** The totals and ranks (and the rest of the result) at the nominal weights. */
  nominal: ScoreResult;
}

/** A relaxed program's optimum, polished on the exact totals within the piece it was solved
 * over (rank-polish.ts): a candidate to rescore; null when polishing did not move it. */
export function polishedOptimum(setup: RankSetup, solver: MilpSolver, piece: WeightBoxBounds, relaxed: RelaxedEnd, sign: 1 | -1, certificate: RankCertificate): Float64Array | null {
  if (!relaxed.weights) return null;
  const width = Float64Array.from(setup.hi, (h, k) => h - setup.lo[k]);
  return polishReach(relaxed.weights, {
    unit: setup.i,
    sign,
    kept: relaxed.kept,
    lo: piece.lo,
    hi: piece.hi,
    width,
    free: setup.free,
    totals: (w) => setup.rescoreVector(w).total,
    solver,
    margin: reachMargin(certificate),
  });
}

/** Throws `scenarios.unknownUnit`, `scenarios.badBound`, `scenarios.unknownNode`. */
export function rankSetup(input: SensitivityInput, unit: string, bounds: WeightBounds, rescorer?: Rescorer): RankSetup {
  const tree = asTree(input.tree);
  const r = rescorer ?? createRescorer(tree, input.matrix, input.scheme, input.context);
  const space = weightSpace(tree, input.scheme);
  const i = r.unitCodes.indexOf(unit);
  if (i < 0) throw new KaopingError('scenarios.unknownUnit', { unit });
  const { lo, hi, free } = weightBox(space, bounds);
  const nominal = r.result(weightMap(space, space.nominal));
  const inputs = certificateInputs(input, r, space, nominal);
  const rescoreVector = vectorRescore(r, space);
  return { r, space, i, lo, hi, free, inputs, certify: certifierOf(inputs, nominal.total, i), rescoreVector, nominal };
}

/** Certificates spent refining each limit (rank-refine.ts), scaled so that a large county
 * spends about as long as a small one: a certificate costs about units × nodes. */
function refineBudget(units: number, nodes: number): number {
  return Math.max(8, Math.min(512, Math.floor(150_000 / Math.max(1, units * nodes))));
}
/** Seed vertices tried in each piece of the refinement. */
const SEEDS_PER_PIECE = 4;

/** The best and the worst rank a unit reaches when each weight varies within its bounds, each
 * with the limit no weights in the box can pass (docs/sensitivity.md).
 *
 * First a certificate: sound bounds of every other unit's total minus this unit's over the
 * box give the limits (rank-certificate.ts, tightened by group-bound.ts). Then a seeded,
 * deterministic search for weights that reach them, stopping as soon as a limit is reached
 * (proven): the nominal weights; votes over the vertices the certificate's fractional
 * programs chose to put each contested unit below (for the best) or above (for the worst), and
 * the vertices that push groups of the nearest units at once (group-seed.ts); each pair's
 * vertex, then mixed into the best so far one sibling group at a time; RANDOM_VERTICES random
 * corners of the box; coordinate passes that try each node at LINE_POINTS evenly spaced
 * weights between its bounds (the rest held) and keep a move while it improves the rank, then
 * the distance to the next place; and last, where a limit is still not reached, splitting the
 * box to tighten it (rank-refine.ts). Corners alone are not enough: a rank is a count of
 * pairwise comparisons, each monotone in one weight, so its extreme can lie inside the range.
 * The ranks returned are reached (the weights are returned and rescored); where they differ
 * from the limit, the true extreme lies between the two. */
export function rankBounds(input: SensitivityInput, unit: string, bounds: WeightBounds, options: RankBoundsOptions = {}): RankBoundsResult {
  return runToEnd(rankBoundsSteps(input, unit, bounds, options));
}

/** `rankBounds` in steps: the generator pauses (yields) between the costly parts of the
 * search — the certificate, each family of seeds, each mixed-integer program, each coordinate
 * pass — and returns the result. A host that must stay responsive (the service, on the thread
 * every other call shares) resumes it a step at a time, letting other work run in between;
 * `rankBounds` runs it straight through. Same input, same steps, same result. */
export function* rankBoundsSteps(input: SensitivityInput, unit: string, bounds: WeightBounds, options: RankBoundsOptions = {}): Generator<void, RankBoundsResult, void> {
  const setup = rankSetup(input, unit, bounds, options.rescorer);
  const { r, space, i, lo, hi, free, inputs, certify, rescoreVector, nominal } = setup;
  const nominalTotals = nominal.total;
  const m = space.codes.length;
  const certificate = certify({ lo, hi });
  yield;
  // The exact programs' model, built when the seeds below leave a limit unreached.
  let exactModel: ExactEnds | null | undefined;
  const exact = () => (exactModel === undefined ? (exactModel = options.solver ? exactRankEnds(inputs({ lo, hi }), i, certificate, options.solver) : null) : exactModel);
  // The search starts inside the box: named bounds need not contain the nominal weight.
  const start = Float64Array.from(space.nominal, (v, k) => Math.min(hi[k], Math.max(lo[k], v)));
  /** The 1, 2, 4, … contested units nearest the unit on the side to pass: above it for the
   * best, below for the worst (at the nominal weights). */
  const nearestGroups = (sign: 1 | -1): number[][] => {
    const side = certificate.contested
      .filter((j) => sign * (nominalTotals[j] - nominalTotals[i]) > 0)
      .sort((a, b) => Math.abs(nominalTotals[a] - nominalTotals[i]) - Math.abs(nominalTotals[b] - nominalTotals[i]) || a - b);
    const out: number[][] = [];
    for (let take = 1; take < 2 * side.length; take *= 2) out.push(side.slice(0, take));
    return out;
  };
  /** Positions into `contested`, the units closest to this one at the nominal weights first. */
  const contestedByCloseness = (contested: number[]): number[] =>
    [...contested.keys()].sort((a, b) => Math.abs(nominalTotals[contested[a]] - nominalTotals[i]) - Math.abs(nominalTotals[contested[b]] - nominalTotals[i]) || a - b);

  // Better = smaller: (sign · rank, then the distance to the next place).
  const evaluate = (w: Float64Array, sign: 1 | -1): [number, number] => {
    const { total, rank } = rescoreVector(w);
    if (rank[i] === 0) return [sign * Number.MAX_SAFE_INTEGER, 0];
    const t = total[i];
    // The gap to the nearest unit to pass (above for the best, below for the worst): negative,
    // and closer to 0 is closer to the next place.
    let gap = -Infinity;
    for (let v = 0; v < total.length; v++) {
      if (v === i || rank[v] === 0) continue;
      if (sign > 0 && total[v] > t) gap = Math.max(gap, t - total[v]);
      if (sign < 0 && total[v] < t) gap = Math.max(gap, total[v] - t);
    }
    return [sign * rank[i], Number.isFinite(gap) ? -gap : 0];
  };
  const better = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

  function* search(sign: 1 | -1): Generator<void, RankBound, void> {
    let limit = sign > 0 ? certificate.bestLimit : certificate.worstLimit;
    let best = Float64Array.from(start);
    let bestScore = evaluate(best, sign);
    const done = () => limit !== null && bestScore[0] === sign * limit;
    const tryWeights = (seed: Float64Array): boolean => {
      // Every weight tried lies in the box (a seed keeps the nominal weight where it moves
      // nothing, and named bounds need not contain it).
      const w = Float64Array.from(seed, (v, k) => Math.min(hi[k], Math.max(lo[k], v)));
      const score = evaluate(w, sign);
      if (!better(score, bestScore)) return false;
      best = w;
      bestScore = score;
      return true;
    };
    const w = new Float64Array(m);
    const seeds = certificate.contested.map((j) => certificate.vertex(j, sign > 0 ? 'min' : 'max'));
    for (const seed of votes(seeds, contestedByCloseness(certificate.contested), lo, hi, free)) {
      if (done()) break;
      tryWeights(seed);
    }
    yield;
    for (const group of nearestGroups(sign)) {
      if (done()) break;
      tryWeights(groupSeed(inputs({ lo, hi }), i, group, sign > 0 ? 'min' : 'max'));
    }
    yield;
    for (const seed of seeds) {
      if (done()) break;
      tryWeights(seed);
    }
    for (const seed of seeds) {
      for (const group of space.groups) {
        if (done()) break;
        if (group.every((k) => seed[k] === best[k])) continue;
        w.set(best);
        for (const k of group) w[k] = seed[k];
        tryWeights(w);
      }
    }
    yield;
    if (limit !== null && !done() && exact()) {
      yield;
      // The programs of rank-exact.ts (each costs about as much as the seeds above together):
      // the relaxed one's limit, and its optimum rescored. That optimum can miss by an
      // envelope's error (a unit's missing value bounded over the whole box); around it, a
      // smaller box has tighter intervals, so its careful and strict programs are nearly exact
      // there: a local search over boxes, each optimum rescored.
      const end = sign > 0 ? 'best' : 'worst';
      const relaxed = exact()!.limit(end);
      yield;
      let centre: Float64Array | null = null;
      if (relaxed) {
        limit = sign > 0 ? Math.max(limit, relaxed.limit) : Math.min(limit, relaxed.limit);
        centre = relaxed.weights;
        if (centre) tryWeights(centre);
        // The optimum moved on the exact totals until the units it counts are where it
        // counts them: most often what reaches the limit.
        const polished = done() ? null : polishedOptimum(setup, options.solver!, { lo, hi }, relaxed, sign, certificate);
        yield;
        if (polished) tryWeights(polished);
      }
      for (let round = 0; centre && round < LOCAL_ROUNDS && !done(); round++) {
        const box = aroundBox(centre, lo, hi, LOCAL_SHARE / 2 ** round);
        const local = exactRankEnds(inputs(box), i, certify(box), options.solver!);
        if (!local) break;
        for (const careful of [true, false]) {
          if (done()) break;
          const w = local.reach(end, careful);
          yield;
          if (w) tryWeights(w);
          if (w && !careful) centre = w;
        }
      }
    }
    const random = mulberry32(sign > 0 ? 1 : 2);
    for (let s = 0; s < RANDOM_VERTICES && free.length > 0 && !done(); s++) {
      w.set(start);
      for (const k of free) w[k] = random() < 0.5 ? lo[k] : hi[k];
      tryWeights(w);
    }
    yield;
    for (let pass = 0; pass < PASSES && !done(); pass++) {
      let improved = false;
      for (const k of free) {
        for (let p = 0; p < LINE_POINTS && !done(); p++) {
          const v = p === LINE_POINTS - 1 ? hi[k] : lo[k] + ((hi[k] - lo[k]) * p) / (LINE_POINTS - 1);
          if (v === best[k]) continue;
          w.set(best);
          w[k] = v;
          if (tryWeights(w)) improved = true;
        }
      }
      if (!improved) break;
      yield;
    }
    const refined = done()
      ? limit
      : refineLimit(
          {
            box: { lo, hi },
            free,
            sign,
            certify,
            reached: () => (bestScore[0] === sign * Number.MAX_SAFE_INTEGER ? null : sign * bestScore[0]),
            tryWeights: (v) => void tryWeights(v),
            budget: refineBudget(r.unitCodes.length, m),
            seedsPerBox: SEEDS_PER_PIECE,
          },
          limit,
        );
    const rank = r.rescore(weightMap(space, best)).rank[i];
    const reached = rank > 0 ? rank : null;
    return { rank: reached, weights: weightMap(space, best), limit: refined, proven: reached !== null && reached === refined };
  }

  const bestEnd = yield* search(1);
  const worstEnd = yield* search(-1);
  const nominalRank = nominal.rank[i];
  return { unit, nominal: nominalRank > 0 ? nominalRank : null, best: bestEnd, worst: worstEnd };
}
