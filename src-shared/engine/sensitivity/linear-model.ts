import type { MilpRow } from './milp';

/** Building linear programs by expression (rank-exact.ts): columns with bounds, rows over
 * sparse expressions, and McCormick's envelope of a product. */

/** A linear expression: coefficient by column. */
export type Expr = Map<number, number>;

/** Columns (with their bounds) and rows: what several programs share, each adding its own. */
export class Structure {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly rows: MilpRow[] = [];
  /** The products held by envelopes, with what the caller tagged each with: where a point of
   * the relaxation departs from the true product (`envelopeGaps`). */
  readonly products: { p: Expr; x: number; e: Expr; tag: EnvelopeTag }[] = [];

  column(lo: number, hi: number): number {
    this.lower.push(lo);
    this.upper.push(hi);
    return this.lower.length - 1;
  }

  row(e: Expr, lo: number, hi: number): void {
    this.rows.push(row(e, lo, hi));
  }

  /** [min, max] of an expression over the columns' bounds. */
  range(e: Expr): [number, number] {
    let lo = 0;
    let hi = 0;
    for (const [c, v] of e) {
      lo += v > 0 ? v * this.lower[c] : v * this.upper[c];
      hi += v > 0 ? v * this.upper[c] : v * this.lower[c];
    }
    return [lo, hi];
  }

  /** McCormick's envelope of p = x·E, with x a column in [a, b] and E an expression in [l, u]:
   * the four products (x − a)(E − l) ≥ 0, (b − x)(u − E) ≥ 0, (b − x)(E − l) ≥ 0,
   * (x − a)(u − E) ≥ 0, each linear in p. Every true point satisfies them. */
  envelope(p: Expr, x: number, e: Expr, [l, u]: [number, number], tag: EnvelopeTag): void {
    this.products.push({ p, x, e, tag });
    const [a, b] = [this.lower[x], this.upper[x]];
    // p − a·E − l·x ≥ −a·l ; p − b·E − u·x ≥ −b·u ; p − b·E − l·x ≤ −b·l ; p − a·E − u·x ≤ −a·u
    this.row(sum(p, scale(e, -a), single(x, -l)), -a * l, Infinity);
    this.row(sum(p, scale(e, -b), single(x, -u)), -b * u, Infinity);
    this.row(sum(p, scale(e, -b), single(x, -l)), -Infinity, -b * l);
    this.row(sum(p, scale(e, -a), single(x, -u)), -Infinity, -a * u);
  }
}

/** Whose product an envelope holds: a unit's value at a node. */
export interface EnvelopeTag {
  unit: number;
  node: string;
}

/** How far a product is from its envelope's relaxed value at a point. */
export interface EnvelopeGap {
  tag: EnvelopeTag;
  gap: number;
}

/** How far each product is from its envelope's relaxed value at the point `x` (the columns'
 * values): |p(x) − x_v · E(x)|, with its tag. 0 where the relaxation is exact there. */
export function envelopeGaps(st: Structure, x: ArrayLike<number>): EnvelopeGap[] {
  const at = (e: Expr) => {
    let t = 0;
    for (const [c, v] of e) t += v * x[c];
    return t;
  };
  return st.products.map(({ p, x: v, e, tag }) => ({ tag, gap: Math.abs(at(p) - x[v] * at(e)) }));
}

export const single = (c: number, v: number): Expr => new Map([[c, v]]);
export const scale = (e: Expr, f: number): Expr => new Map([...e].map(([c, v]) => [c, v * f]));
export function sum(...es: Expr[]): Expr {
  const out: Expr = new Map();
  for (const e of es) for (const [c, v] of e) out.set(c, (out.get(c) ?? 0) + v);
  return out;
}

export function row(e: Expr, lo: number, hi: number): MilpRow {
  return { columns: [...e.keys()], values: [...e.values()], lower: lo, upper: hi };
}

/** [min, max] of x·y for x in [a, b] and y in [l, u]. */
export function productRange([a, b]: [number, number], [l, u]: [number, number]): [number, number] {
  const p = [a * l, a * u, b * l, b * u];
  return [Math.min(...p), Math.max(...p)];
}
