/** Bonus, penalty and veto entries. They are entered as points (docs/workbook-format.md,
 * standard computation step 4): 0 means "none" and is entered as 0, never left missing. A rule
 * picks a few units a year, more likely where its weight is high, and gives each one of the
 * allowed point values. */
import type { Indicator } from '../../src-shared/model';
import { isAdjustment } from './catalog';
import type { Rng } from './random';
import type { ValueTable } from './value-table';

export interface AdjustmentRule<S> {
  code: string;
  /** Expected number of units with an entry per year. */
  perYear: number;
  /** Random spread of that number (± this many). */
  jitter?: number;
  /** Only in these years (default: every year given). */
  years?: readonly string[];
  /** Relative chance of a unit to get an entry. */
  weight: (s: S) => number;
  /** Point values with their relative frequencies. */
  points: readonly (readonly [number, number])[];
}

export interface AdjustmentEntry<S> {
  code: string;
  year: string;
  subject: S;
  points: number;
}

/** Sets every adjustment leaf to 0 for every unit and year, then applies the rules; returns the
 * non-zero entries so callers can make related values consistent (e.g. a veto for a collective
 * petition goes with petitions counted in V4.4). */
export function drawAdjustments<S>(
  rules: readonly AdjustmentRule<S>[],
  subjects: readonly S[],
  codeOf: (s: S) => string,
  leaves: readonly Indicator[],
  years: readonly string[],
  rng: Rng,
  table: ValueTable,
): AdjustmentEntry<S>[] {
  const adjustmentLeaves = leaves.filter(isAdjustment);
  for (const year of years) {
    for (const s of subjects) for (const leaf of adjustmentLeaves) table.set(year, codeOf(s), leaf.code, 0);
  }
  const present = new Set(adjustmentLeaves.map((l) => l.code));
  const entries: AdjustmentEntry<S>[] = [];
  for (const rule of rules) {
    if (!present.has(rule.code)) continue;
    for (const year of rule.years ?? years) {
      if (!years.includes(year)) continue;
      const r = rng.fork(`${rule.code}/${year}`);
      const jitter = rule.jitter ?? 0;
      const count = Math.max(0, rule.perYear + r.int(-jitter, jitter));
      const chosen = r.weightedSample(subjects.map(rule.weight), count);
      for (const i of chosen) {
        const points = rule.points[r.weightedIndex(rule.points.map(([, w]) => w))][0];
        table.set(year, codeOf(subjects[i]), rule.code, points);
        entries.push({ code: rule.code, year, subject: subjects[i], points });
      }
    }
  }
  return entries;
}
