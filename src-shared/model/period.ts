/** An assessment period, labelled like `2024`, `2024Q3`, `2024H1`. */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'other';

export interface Period {
  code: string;
  kind: PeriodKind;
  /** The calendar year the period belongs to, when the label tells it. */
  year: number | null;
}

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})H([12])$/i;
const QUARTER = /^(\d{4})Q([1-4])$/i;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Reads a period label; anything unrecognised is kind `other`. */
export function parsePeriod(code: string): Period {
  const c = code.trim();
  let m = YEAR.exec(c);
  if (m) return { code: c, kind: 'year', year: Number(m[1]) };
  m = HALF.exec(c);
  if (m) return { code: c.toUpperCase(), kind: 'half', year: Number(m[1]) };
  m = QUARTER.exec(c);
  if (m) return { code: c.toUpperCase(), kind: 'quarter', year: Number(m[1]) };
  m = MONTH.exec(c);
  if (m) return { code: c, kind: 'month', year: Number(m[1]) };
  return { code: c, kind: 'other', year: null };
}

/** Orders periods by year, then year < half < quarter < month, then label. */
export function comparePeriods(a: Period, b: Period): number {
  const ya = a.year ?? Number.MAX_SAFE_INTEGER;
  const yb = b.year ?? Number.MAX_SAFE_INTEGER;
  if (ya !== yb) return ya - yb;
  const order: Record<string, number> = { year: 0, half: 1, quarter: 2, month: 3, other: 4 };
  const ka = order[a.kind] ?? 4;
  const kb = order[b.kind] ?? 4;
  if (ka !== kb) return ka - kb;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
