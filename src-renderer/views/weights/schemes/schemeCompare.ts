import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { formatValue } from '../../../lib/format';
import type { ApiIndicator, ScoreRow } from '../../../state/types';

/** Pure helpers of the scheme comparison: the weights of every node under two schemes, and how
 * the ranking moves from one to the other. */

export interface WeightDiffRow {
  /** Row key: the node code, with the category for a category's own weights. */
  key: string;
  code: string;
  /** Null: the weights every unit uses; else the peer category whose own weight this is. */
  category: string | null;
  /** Depth in the tree (0 = top level), for indenting. */
  depth: number;
  kind: ApiIndicator['kind'];
  /** Weight in points under A and B (for bonus and penalty items: their cap). */
  a: number;
  b: number;
  /** b − a. */
  diff: number;
  /** Share of the overall index (product of the shares among siblings down the tree); null
   * for adjustment items, which are not weighted in, and for category rows. */
  shareA: number | null;
  shareB: number | null;
}

/** A node's points under a scheme for a category (null: every unit): the category's own weight,
 * else the scheme's override, else the tree's weight — the order the engine uses. */
export function schemeWeight(scheme: ScoringScheme, indicator: ApiIndicator, category: string | null = null): number {
  const own = category === null ? undefined : scheme.categoryWeights?.[category]?.[indicator.code];
  return own ?? scheme.weights?.[indicator.code] ?? indicator.weight;
}

/** The indicators in tree order (pre-order, children by position) with their depth. */
export function inTreeOrder(indicators: readonly ApiIndicator[]): { indicator: ApiIndicator; depth: number }[] {
  const kids = new Map<string | null, ApiIndicator[]>();
  for (const i of indicators) {
    const list = kids.get(i.parent) ?? [];
    list.push(i);
    kids.set(i.parent, list);
  }
  for (const list of kids.values()) list.sort((x, y) => x.position - y.position);
  const out: { indicator: ApiIndicator; depth: number }[] = [];
  const visit = (i: ApiIndicator, depth: number): void => {
    out.push({ indicator: i, depth });
    for (const k of kids.get(i.code) ?? []) visit(k, depth + 1);
  };
  for (const top of kids.get(null) ?? []) visit(top, 0);
  return out;
}

const isAdjustment = (i: ApiIndicator): boolean => i.kind !== 'indicator';

/** Share of the whole of every scored node under a scheme (for all units):
 * share(n) = share(parent) × w(n) / Σ w(siblings), the top level's parent share being 1;
 * a group whose weights are all 0 gives its members 0. */
export function nodeShares(indicators: readonly ApiIndicator[], scheme: ScoringScheme): Map<string, number> {
  const byParent = new Map<string | null, ApiIndicator[]>();
  for (const i of indicators) {
    if (isAdjustment(i)) continue;
    const list = byParent.get(i.parent) ?? [];
    list.push(i);
    byParent.set(i.parent, list);
  }
  const share = new Map<string, number>();
  const walk = (parent: string | null, parentShare: number): void => {
    const group = byParent.get(parent) ?? [];
    const sum = group.reduce((s, i) => s + schemeWeight(scheme, i), 0);
    for (const i of group) {
      const s = sum > 0 ? (parentShare * schemeWeight(scheme, i)) / sum : 0;
      share.set(i.code, s);
      walk(i.code, s);
    }
  };
  walk(null, 1);
  return share;
}

/** The weight table of a comparison: every node of the tree in tree order (vetoes have no
 * weight and are left out), then, per category either scheme gives its own weights, the nodes
 * either names for it. */
export function weightDiffRows(indicators: readonly ApiIndicator[], a: ScoringScheme, b: ScoringScheme): WeightDiffRow[] {
  const ordered = inTreeOrder(indicators).filter(({ indicator }) => indicator.kind !== 'veto');
  const sharesA = nodeShares(indicators, a);
  const sharesB = nodeShares(indicators, b);
  const rows: WeightDiffRow[] = ordered.map(({ indicator, depth }) => {
    const wa = schemeWeight(a, indicator);
    const wb = schemeWeight(b, indicator);
    return {
      key: indicator.code,
      code: indicator.code,
      category: null,
      depth,
      kind: indicator.kind,
      a: wa,
      b: wb,
      diff: wb - wa,
      shareA: sharesA.get(indicator.code) ?? null,
      shareB: sharesB.get(indicator.code) ?? null,
    };
  });
  const categories = [...new Set([...Object.keys(a.categoryWeights ?? {}), ...Object.keys(b.categoryWeights ?? {})])].sort();
  for (const category of categories) {
    const named = new Set([...Object.keys(a.categoryWeights?.[category] ?? {}), ...Object.keys(b.categoryWeights?.[category] ?? {})]);
    for (const { indicator, depth } of ordered) {
      if (!named.has(indicator.code)) continue;
      const wa = schemeWeight(a, indicator, category);
      const wb = schemeWeight(b, indicator, category);
      rows.push({
        key: `${category}\u0000${indicator.code}`,
        code: indicator.code,
        category,
        depth,
        kind: indicator.kind,
        a: wa,
        b: wb,
        diff: wb - wa,
        shareA: null,
        shareB: null,
      });
    }
  }
  return rows;
}

export interface RankDiffRow {
  unit: string;
  name: string;
  parentName: string | null;
  category: string | null;
  rankA: number | null;
  rankB: number | null;
  /** rankA − rankB: positive when the unit moves up (a smaller rank) under B; null when it is
   * unranked under either. */
  change: number | null;
  totalA: number | null;
  totalB: number | null;
}

/** The ranking under A beside the ranking under B, one row per unit of either, biggest movers
 * first (by |change|), then units unranked under one scheme, each part by the rank under B
 * (then A, then code) so ties read in ranking order. */
export function rankDiffRows(a: readonly ScoreRow[], b: readonly ScoreRow[]): RankDiffRow[] {
  const byUnit = new Map<string, RankDiffRow>();
  const row = (r: ScoreRow): RankDiffRow => {
    let out = byUnit.get(r.unit);
    if (!out) {
      out = { unit: r.unit, name: r.name, parentName: r.parentName, category: r.category, rankA: null, rankB: null, change: null, totalA: null, totalB: null };
      byUnit.set(r.unit, out);
    }
    return out;
  };
  for (const r of a) Object.assign(row(r), { rankA: r.rank, totalA: r.total });
  for (const r of b) Object.assign(row(r), { rankB: r.rank, totalB: r.total });
  const rows = [...byUnit.values()];
  for (const r of rows) r.change = r.rankA !== null && r.rankB !== null ? r.rankA - r.rankB : null;
  const inf = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);
  return rows.sort(
    (x, y) =>
      Number(x.change === null) - Number(y.change === null) ||
      Math.abs(y.change ?? 0) - Math.abs(x.change ?? 0) ||
      inf(x.rankB) - inf(y.rankB) ||
      inf(x.rankA) - inf(y.rankA) ||
      (x.unit < y.unit ? -1 : x.unit > y.unit ? 1 : 0),
  );
}

/** How many units move, up and down, from A to B. */
export function movement(rows: readonly RankDiffRow[]): { up: number; down: number; same: number } {
  let up = 0;
  let down = 0;
  let same = 0;
  for (const r of rows) {
    if (r.change === null) continue;
    if (r.change > 0) up++;
    else if (r.change < 0) down++;
    else same++;
  }
  return { up, down, same };
}

/** A name for a copy of a scheme not taken yet: "<name> <suffix>", then "<name> <suffix> 2", … */
export function copyName(name: string, suffix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  const first = `${name} ${suffix}`;
  if (!used.has(first)) return first;
  for (let n = 2; ; n++) {
    const candidate = `${first} ${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Differences smaller than this are rounding, shown as no difference. */
export const WEIGHT_EPS = 1e-9;

/** A difference with its sign (`+5`, `-2.5`, `0`). */
export function signed(d: number): string {
  if (Math.abs(d) <= WEIGHT_EPS) return '0';
  return d > 0 ? `+${formatValue(d)}` : formatValue(d);
}

/** True when two schemes give every node the same weight, for all units and for every category
 * either names (an override equal to the tree's weight is no difference). */
export function sameWeights(indicators: readonly ApiIndicator[], a: ScoringScheme, b: ScoringScheme): boolean {
  return weightDiffRows(indicators, a, b).every((r) => Math.abs(r.diff) <= WEIGHT_EPS);
}
