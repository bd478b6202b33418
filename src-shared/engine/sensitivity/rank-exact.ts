import { nodeAggregation } from '../results/plan';
import { envelopeGaps, productRange, row, scale, single, Structure, sum, type EnvelopeGap, type Expr } from './linear-model';
import type { MilpModel, MilpSolution, MilpSolver } from './milp';
import { Presence, type CertificateInput, type PairBound, type RankCertificate } from './rank-certificate';

/** The best and the worst rank as mixed-integer programs (docs/sensitivity.md, "Exact ends").
 *
 * Effective weights. With arithmetic means all the way up, a unit with every value has the
 * total T_u = Σ_l y_l·x_ul over the leaves, where y_l is the product of the shares w_c / Σ w
 * along the leaf's path. Write Y_c for the sum of y below node c (1 at the root). Siblings c
 * of a node n share one ratio Y_c / w_c = s_n, so the weights of the box give exactly the
 * points (Y, s) with
 *
 *     Σ_{c child of n} Y_c = Y_n,   Σ_{top level} Y_c = 1,   lo_c·s_n ≤ Y_c ≤ hi_c·s_n,
 *
 * a polytope (w_c = Y_c / s_n takes any point back to weights of the box). Every total is
 * linear on it, so "how many units can be below this one at once" is a maximum feasible
 * subsystem: one binary per contested unit, a big-M row each.
 *
 * Where a unit lacks values, its mean at a node runs over the children it has, which equals
 * the mean over all children with the missing ones scored at that mean v. So the node
 * contributes N + v·Y_missing, where N = Σ C(present) = v·Y_present: products of a value in
 * the certificate's interval of the unit there and a sum of y in its own bounds. McCormick's
 * envelopes hold each product (exact at the corners, tight when both ranges are narrow, as
 * they are for bounds of ±10 or ±25%). A geometric or TOPSIS node's value is such an interval
 * too, and a unit with category weights of its own, or whose presence somewhere can change, is
 * its interval at the root. Every weight vector of the box, with the true values, satisfies
 * all rows: the programs are relaxations.
 *
 * Four programs per end:
 * - the limit program counts a unit above only when its D_j = T_j − T_i exceeds ε (for the
 *   best; for the worst, counts it whenever D_j exceeds −ε): every weight vector of the box is
 *   a feasible point, so the solver's bound on the optimum is a limit no weights can pass;
 * - the careful program asks each comparison it counts to hold by δ plus the envelopes'
 *   largest error, so its optimum is a point whose rescored rank is what it counts;
 * - the strict program asks δ only: it can count a comparison an envelope got wrong, so its
 *   optimum is rescored too;
 * - the near-tie program asks μ (1e-5 of the size): its bound, like the limit program's, holds
 *   for every weight vector of the box, but only for the comparisons it counts clear by μ. So
 *   when its bound cannot beat a rank reached while the limit program's can, that better rank
 *   needs some unit within μ of this one (rank-prove.ts); its optimum is a candidate too.
 * rank-bounds.ts solves the limit program over the box and polishes its optimum on the exact
 * totals (rank-polish.ts, keeping the units the optimum counts where it counts them: `kept`),
 * then the careful and the strict ones over smaller boxes around the unpolished optimum, where
 * the envelopes are tighter.
 * δ (1e-6 of the scores' size) keeps points clear of the solver's tolerances. When a rescored
 * rank meets the limit, the end is proven.
 *
 * Returns null where the programs do not apply: the root is not an arithmetic mean; a unit may
 * or may not be ranked depending on the weights; a floor may bind; a bound is unknown; more
 * than MAX_CONTESTED units are contested. */
export function exactRankEnds(input: CertificateInput, i: number, certificate: RankCertificate, solve: MilpSolver): ExactEnds | null {
  const model = exactModel(input, i, certificate);
  if (!model) return null;
  const solved = (program: MilpModel): MilpSolution | null => {
    const out = solve(program);
    return out.status === 'infeasible' || out.status === 'failed' ? null : out;
  };
  /** A program solved for its bound: the rank that bound allows, with the weights at its
   * optimum and the envelopes' gaps there. */
  const bounded = (end: 'best' | 'worst', kind: 'limit' | 'nearTie'): RelaxedEnd | null => {
    const { milp, units } = model.program(end, kind);
    const out = solved({ ...milp, emphasis: 'bound' });
    if (!out || !Number.isFinite(out.bound)) return null;
    // The objective counts units: the solver's bound, rounded to the count it allows (with
    // 1e-6 of slack for the solver's arithmetic).
    const count = end === 'best' ? Math.ceil(out.bound - 1e-6) : Math.floor(out.bound + 1e-6);
    const x = out.x;
    // The contested units the optimum keeps on this unit's good side (not counted above it for
    // the best, counted above for the worst): binary 0 for the best, 1 for the worst.
    const kept = x ? units.filter((_, at) => (end === 'best' ? x[model.base + at] < 0.5 : x[model.base + at] > 0.5)) : [];
    return { limit: 1 + model.above + count, weights: x ? model.weights(x) : null, gaps: x ? envelopeGaps(model.structure, x) : [], kept };
  };
  return {
    limit: (end) => bounded(end, 'limit'),
    nearTieLimit: (end) => bounded(end, 'nearTie'),
    nearTieMargin: nearTieMargin(certificate),
    reach: (end, careful) => {
      const out = solved(model.program(end, careful ? 'careful' : 'reach').milp);
      return out?.x ? model.weights(out.x) : null;
    },
  };
}

export interface ExactEnds {
  /** The limit the relaxed program proves for that end (no weights in the box rank the unit
   * better for the best, worse for the worst); null when the solver gave no bound. */
  limit: (end: 'best' | 'worst') => RelaxedEnd | null;
  /** The same with every comparison it counts clear by μ (`nearTieMargin`): a rank past this
   * one is reached, if at all, only where some other unit's total lies within μ of this one's.
   * Null when the solver gave no bound. */
  nearTieLimit: (end: 'best' | 'worst') => RelaxedEnd | null;
  /** μ over this box, in the scores' units. */
  nearTieMargin: number;
  /** Weights at the strict program's optimum (with `careful`, the careful one's), to be
   * rescored; null when the solver found none. */
  reach: (end: 'best' | 'worst', careful: boolean) => Float64Array | null;
}

/** What a program's bound allows, with its optimum (a candidate, to be rescored) and the
 * envelopes' gaps there. */
export interface RelaxedEnd {
  limit: number;
  weights: Float64Array | null;
  gaps: EnvelopeGap[];
  /** The contested units the optimum keeps on the unit's good side: not counted above it (the
   * best; in the limit program that allows D_j ≤ ε, a tie) or counted above it (the worst). */
  kept: number[];
}

/** The most contested units a program takes (one binary each). The demo county has 40 at ±10%
 * and 75–100 at ±20%, where a program takes up to a few seconds; a large county or wide bounds
 * can have thousands, beyond what a committee can wait for: the certificate and the search
 * answer alone there. */
export const MAX_CONTESTED = 150;

/** The reach program's margin, relative to the scores' size: far above the solver's feasibility
 * tolerance (1e-7 absolute), far below any difference a committee reads. */
const REACH_MARGIN = 1e-6;

/** δ in the scores' units over the certificate's box. */
export const reachMargin = (certificate: RankCertificate): number => REACH_MARGIN * certificate.size;

/** The near-tie program's margin μ, relative to the scores' size: a hundred-thousandth, below
 * the two decimals scores are shown with (0.001 of a point on a 100-point scale). Larger than δ
 * so that the envelopes' small errors (about 1e-5 of the size on the demo county's narrow
 * pieces) stay within it: measured at ±10%, 1e-6 settled none of the demo's two ends that the
 * limit programs leave open after 120 pieces, 1e-5 both within 71. */
const NEAR_TIE_SHARE = 1e-5;

/** μ in the scores' units over the certificate's box. */
export const nearTieMargin = (certificate: RankCertificate): number => NEAR_TIE_SHARE * certificate.size;

/** The relaxed program (its bound is a limit), the strict one (δ clear of each comparison it
 * counts), the careful one (also clear of the relaxation's largest error), and the near-tie one
 * (μ clear). */
type ProgramKind = 'limit' | 'reach' | 'careful' | 'nearTie';

interface ExactModel {
  /** Units surely above the chosen one (by more than ε) at every weight of the box. */
  above: number;
  /** The columns, rows and envelopes every program shares. */
  structure: Structure;
  /** The columns from here on are the programs' binaries. */
  base: number;
  /** A program, with the unit each binary decides. */
  program: (end: 'best' | 'worst', kind: ProgramKind) => { milp: MilpModel; units: number[] };
  weights: (x: Float64Array) => Float64Array;
}

/** The polytope of effective weights, each unit's total over it, and the programs. */
function exactModel(input: CertificateInput, i: number, certificate: RankCertificate): ExactModel | null {
  const { tree, scheme, space, lo, hi, adjustment } = input;
  if (nodeAggregation(tree, scheme, '') !== 'arithmetic') return null;
  if (certificate.ranked !== Presence.Always) return null;
  if (certificate.pairs.some((p) => p.ranked === Presence.Maybe)) return null;
  const { epsilon, size } = certificate;
  const root = certificate.node('');
  const floor = scheme.floor;
  const delta = reachMargin(certificate);
  const pad = 1e-9 * size;
  // The units a program can count one way or the other: neither surely above (by more than ε)
  // nor surely below (by δ) at every weight of the box.
  const contested = (p: PairBound) => p.ranked === Presence.Always && p.min <= epsilon && p.max > -delta;
  const compared = [i, ...certificate.pairs.filter(contested).map((p) => p.unit)];
  if (compared.length - 1 > MAX_CONTESTED) return null;
  if (floor !== null && floor !== undefined && compared.some((u) => !(root.lo[u] + adjustment[u] > floor + epsilon))) return null;

  const m = space.codes.length;
  const groups = space.groups;
  const index = new Map(space.codes.map((c, k) => [c, k]));
  const st = new Structure();
  // Y_k, then s_g; Y's own bounds (Y_n times the least and most share its siblings allow)
  // tighten the envelopes below.
  const yLo = new Float64Array(m);
  const yHi = new Float64Array(m);
  const shareBounds = (g: number[], k: number): [number, number] => {
    const others = (pick: Float64Array) => g.reduce((t, q) => (q === k ? t : t + pick[q]), 0);
    const least = lo[k] + others(hi);
    const most = hi[k] + others(lo);
    return [least > 0 ? lo[k] / least : 0, most > 0 ? hi[k] / most : 1];
  };
  const parentY = (gi: number): [number, number] => {
    if (gi === 0) return [1, 1];
    const k = index.get(tree.aggregates[gi - 1])!;
    return [yLo[k], yHi[k]];
  };
  // Groups come top level first, then each aggregate's children in tree order, so a parent's
  // bounds are set before its children's.
  groups.forEach((g, gi) => {
    const [pl, ph] = parentY(gi);
    for (const k of g) {
      const [sl, sh] = shareBounds(g, k);
      yLo[k] = pl * sl;
      yHi[k] = Math.min(1, ph * sh);
    }
  });
  for (let k = 0; k < m; k++) st.column(yLo[k], yHi[k]);
  const sCol = (g: number) => m + g;
  for (let g = 0; g < groups.length; g++) st.column(0, Infinity);
  const Y = (codes: readonly string[]): Expr => new Map(codes.map((c) => [index.get(c)!, 1]));
  st.row(Y(tree.topLevel), 1, 1);
  tree.aggregates.forEach((a, at) => {
    // A node whose children can only weigh 0 has no value for anyone: its parent's mean skips
    // it (every unit treats it as missing, below), while its own weight still counts in its
    // group. Its Y is then free; tying it to its children's (all 0) would force it to 0.
    if (groups[at + 1].every((k) => !(hi[k] > 0))) return;
    st.row(sum(Y(tree.children.get(a)!), single(index.get(a)!, -1)), 0, 0);
  });
  groups.forEach((g, gi) => {
    for (const k of g) {
      st.row(new Map([[k, 1], [sCol(gi), -lo[k]]]), 0, Infinity);
      st.row(new Map([[k, 1], [sCol(gi), -hi[k]]]), -Infinity, 0);
    }
  });

  const totals = unitTotals(input, certificate, st, index);
  const totalOf = new Map<number, Total>();
  for (const u of compared) {
    const t = totals(u);
    if (!t) return null;
    // One column per total, within the certificate's bounds: the pair rows stay short (two
    // totals and a binary), which the solver's cuts work through much faster than rows that
    // repeat both units' whole expressions.
    const [r0, r1] = st.range(t.expr);
    const column = st.column(Math.max(r0, root.lo[u]) - pad, Math.min(r1, root.hi[u]) + pad);
    st.row(sum(t.expr, single(column, -1)), 0, 0);
    totalOf.set(u, { expr: single(column, 1), err: t.err });
  }

  const above = certificate.pairs.filter((p) => p.ranked === Presence.Always && p.min > epsilon).length;
  const base = st.lower.length;

  const program = (end: 'best' | 'worst', kind: ProgramKind): { milp: MilpModel; units: number[] } => {
    const lower = [...st.lower];
    const upper = [...st.upper];
    const rows = [...st.rows];
    const units: number[] = [];
    const strict = kind !== 'limit';
    const margin = kind === 'nearTie' ? nearTieMargin(certificate) : delta;
    for (const p of certificate.pairs) {
      if (!contested(p)) continue;
      // Best: j not counted above needs D_j ≤ ε (limit), ≤ −δ (reach) or ≤ −μ (near-tie);
      // worst: j counted above needs D_j ≥ −ε (limit), ≥ δ (reach) or ≥ μ (near-tie); the
      // careful program adds the envelopes' error below. Units that can never matter are left
      // out; for the best, in every program, so are those never above by more than ε (a unit
      // level with this one at best, such as its twin: the rescoring decides the tie).
      let threshold = end === 'best' ? (strict ? -margin : epsilon) : strict ? margin : -epsilon;
      if (p.max <= (end === 'best' ? epsilon : threshold)) continue;
      const j = p.unit;
      const [tj, ti] = [totalOf.get(j)!, totalOf.get(i)!];
      if (kind === 'careful') {
        // Clear of the relaxation's largest error too: then the true D_j is on the right side.
        const err = Math.min(tj.err + ti.err, p.max - p.min);
        threshold += end === 'best' ? -err : err;
      }
      if (!Number.isFinite(threshold)) continue;
      const shift = adjustment[j] - adjustment[i];
      const d = sum(tj.expr, scale(ti.expr, -1));
      // The true D_j (less the shift) lies in the certificate's bounds and in the columns'.
      const [r0, r1] = st.range(d);
      const dMin = Math.max(r0, p.min - shift);
      const dMax = Math.min(r1, p.max - shift);
      const z = lower.length;
      units.push(j);
      lower.push(0);
      upper.push(1);
      if (end === 'best') {
        // d + shift ≤ threshold + M·z
        const big = Math.max(0, dMax + shift - threshold) * (1 + 1e-9) + pad;
        rows.push(row(sum(d, single(z, -big)), -Infinity, threshold - shift));
      } else {
        // d + shift ≥ threshold − M·(1 − z)
        const big = Math.max(0, threshold - shift - dMin) * (1 + 1e-9) + pad;
        rows.push(row(sum(d, single(z, -big)), threshold - shift - big, Infinity));
      }
    }
    const cost = lower.map((_, c) => (c >= base ? 1 : 0));
    const integer = lower.map((_, c) => c >= base);
    return { milp: { sense: end === 'best' ? 'min' : 'max', cost, lower, upper, integer, rows }, units };
  };

  const weights = (x: Float64Array): Float64Array => {
    const w = Float64Array.from(space.nominal);
    groups.forEach((g, gi) => {
      const s = x[sCol(gi)];
      for (const k of g) {
        const v = s > 0 ? x[k] / s : space.nominal[k];
        w[k] = Math.min(hi[k], Math.max(lo[k], v));
      }
    });
    return w;
  };

  return { above, structure: st, base, program, weights };
}

/** Each unit's total (before adjustments) as a linear expression, built on demand: the
 * contribution C(n) = Y_n · v_n of every node the unit has, bottom-up. A leaf gives Y_l · x.
 * An arithmetic node with every child gives the sum of the children's. Where children are
 * missing, the node's value v is a new column in the unit's interval there, with
 * N = Σ C(present) = v · Y_present and the missing part r = v · Y_missing held by McCormick
 * envelopes (exact at the box's corners of v and Y, and tight when both ranges are narrow).
 * A geometric or TOPSIS node's value is such a column too (C = v · Y_n); a unit with category
 * weights of its own, or whose presence somewhere can change with the weights, is its root
 * interval. Null when an interval is unknown. */
function unitTotals(input: CertificateInput, certificate: RankCertificate, st: Structure, index: Map<string, number>): (u: number) => Total | null {
  const { tree, scheme, space, scores, mask, categories } = input;
  const n = categories.length;
  const node = certificate.node;
  const leafAt = new Map(tree.leaves.map((c, j) => [c, j]));
  const children = (a: string): readonly string[] => (a === '' ? tree.topLevel : tree.children.get(a)!);
  const arithmetic = (a: string) => a === '' || nodeAggregation(tree, scheme, a) === 'arithmetic';
  const codes = new Set(space.codes);
  const opaqueUnit = (u: number): boolean => {
    const cat = categories[u];
    const own = cat !== null ? scheme.categoryWeights?.[cat] : undefined;
    if (own !== undefined && Object.keys(own).some((c) => codes.has(c))) return true;
    return space.codes.some((c) => node(c).presence[u] === Presence.Maybe);
  };
  // Σ Y over a set of siblings.
  const yOf = (set: readonly string[]): Expr => new Map(set.map((c) => [index.get(c)!, 1]));

  /** The unit's value at `a` as a column in its interval. */
  const valueColumn = (a: string, u: number): number | null => {
    const b = node(a);
    if (!(Number.isFinite(b.lo[u]) && Number.isFinite(b.hi[u]))) return null;
    return st.column(b.lo[u], b.hi[u]);
  };

  const width = (v: number) => st.upper[v] - st.lower[v];
  const contribution = (a: string, u: number): Total | null => {
    const leaf = leafAt.get(a);
    if (leaf !== undefined) return { expr: single(index.get(a)!, scores[leaf * n + u]), err: 0 };
    const ya = a === '' ? null : yOf([a]);
    if (!arithmetic(a)) {
      const v = valueColumn(a, u);
      if (v === null) return null;
      const p = st.column(-Infinity, Infinity);
      const [l, h] = st.range(ya!);
      [st.lower[p], st.upper[p]] = productRange([st.lower[v], st.upper[v]], [l, h]);
      st.envelope(single(p, 1), v, ya!, [l, h], { unit: u, node: a });
      // v is anywhere in its interval, and p within the envelope of v·Y.
      return { expr: single(p, 1), err: width(v) * h + (width(v) * (h - l)) / 4 };
    }
    const present = children(a).filter((c) => (leafAt.has(c) ? mask[leafAt.get(c)! * n + u] === 1 : node(c).presence[u] === Presence.Always));
    const missing = children(a).filter((c) => !present.includes(c));
    const parts: Expr[] = [];
    let below = 0;
    for (const c of present) {
      const t = contribution(c, u);
      if (!t) return null;
      parts.push(t.expr);
      below += t.err;
    }
    const total = sum(...parts);
    if (missing.length === 0) return { expr: total, err: below };
    const v = valueColumn(a, u);
    if (v === null) return null;
    const yPresent = yOf(present);
    const yMissing = yOf(missing);
    const [la, ua] = st.range(yPresent);
    const [lm, um] = st.range(yMissing);
    st.envelope(total, v, yPresent, [la, ua], { unit: u, node: a });
    const r = st.column(-Infinity, Infinity);
    [st.lower[r], st.upper[r]] = productRange([st.lower[v], st.upper[v]], [lm, um]);
    st.envelope(single(r, 1), v, yMissing, [lm, um], { unit: u, node: a });
    // The relaxed C = N + r against the true N + (N / Y_present)·Y_missing: N off by what is
    // below, v off by (N's envelope gap + that) / Y_present, r off by its envelope's gap.
    const gapN = (width(v) * (ua - la)) / 4;
    const gapR = (width(v) * (um - lm)) / 4;
    const err = below + gapR + (la > 0 ? ((gapN + below) * um) / la : Infinity);
    return { expr: sum(total, single(r, 1)), err };
  };

  return (u) => {
    if (opaqueUnit(u)) {
      const v = valueColumn('', u);
      return v === null ? null : { expr: single(v, 1), err: width(v) };
    }
    return contribution('', u);
  };
}

/** A unit's total as an expression, and how far from the true total (before adjustments) a
 * point of the relaxation can put it: 0 where the total is linear in the effective weights. */
interface Total {
  expr: Expr;
  err: number;
}
