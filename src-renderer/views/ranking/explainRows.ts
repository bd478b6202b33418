import { indicatorName } from '../../lib/names';
import type { ApiIndicator } from '../../state/types';
import type { Explanation } from '../../charts/waterfall';

/** The explanation drawer's tables: each leaf with what the indicator list says about it (name,
 * unit of measure, source department, dimension), and the adjustment items that apply. Pure. */

export interface LeafRow {
  code: string;
  name: string;
  /** The top-level dimension the leaf belongs to (its name). */
  dimension: string;
  raw: number | null;
  /** Unit of measure (万元, %, 个…). */
  measure: string | null;
  department: string | null;
  score: number | null;
  /** Rank among peers on this indicator (1 = best), null where missing. */
  rank: number | null;
  weight: number;
  contribution: number;
  /** Position in the tree (the table's default order). */
  order: number;
}

export function leafRows(e: Explanation, indicators: readonly ApiIndicator[], locale: string): LeafRow[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const topOf = (code: string): ApiIndicator | undefined => {
    let node = byCode.get(code);
    const seen = new Set<string>();
    while (node && node.parent !== null && !seen.has(node.code)) {
      seen.add(node.code);
      const up = byCode.get(node.parent);
      if (!up) break;
      node = up;
    }
    return node;
  };
  return e.leaves.map((l, order) => {
    const ind = byCode.get(l.code);
    const top = topOf(l.code);
    return {
      code: l.code,
      name: ind ? indicatorName(ind, locale) : l.code,
      dimension: top && top.code !== l.code ? indicatorName(top, locale) : '',
      raw: l.raw,
      measure: ind?.unit ?? null,
      department: ind?.department ?? null,
      score: l.score,
      rank: l.rank,
      weight: l.weight,
      contribution: l.contribution,
      order,
    };
  });
}

export interface ItemRow {
  code: string;
  name: string;
  kind: 'bonus' | 'penalty' | 'veto';
  /** Points after the item's cap (bonus, penalty); 1 for a triggered veto. */
  points: number;
  /** The item's cap (its weight in the indicator list), for bonus and penalty. */
  cap: number | null;
  department: string | null;
}

/** The items that apply to the unit: bonus and penalty items with points, triggered vetoes;
 * in the explanation's order (bonus, penalty, veto). */
export function itemRows(e: Explanation, indicators: readonly ApiIndicator[], locale: string): ItemRow[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  return e.items
    .filter((item) => item.points > 0)
    .map((item) => {
      const ind = byCode.get(item.code);
      return {
        code: item.code,
        name: ind ? indicatorName(ind, locale) : item.code,
        kind: item.kind,
        points: item.points,
        cap: item.kind === 'veto' ? null : (ind?.weight ?? null),
        department: ind?.department ?? null,
      };
    });
}

/** Σ contributions of the leaves: the unit's base score when the explanation is additive. */
export function sumOfContributions(e: Explanation): number {
  return e.leaves.reduce((s, l) => s + l.contribution, 0);
}
