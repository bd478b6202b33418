import { KaopingError } from '../../api/errors';
import type { Mark } from '../../model/mark';
import type { MarkAggregation } from '../scheme';

/**
 * Expert marks (专家评审, rule R13): several experts mark one unit on one indicator, and the
 * marks become one value. With the marks x₁ ≤ … ≤ xₙ of one (period, unit, indicator):
 *
 * - mean:    v = Σ xₖ / n
 * - median:  v = x₍ₙ₊₁₎/₂ for odd n, (xₙ/₂ + xₙ/₂₊₁) / 2 for even n
 * - trimmed: v = (Σ xₖ − x₁ − xₙ) / (n − 2), i.e. one highest and one lowest mark dropped (one
 *   each, even when several experts gave that mark) and the rest averaged. It needs n ≥ 3;
 *   with fewer marks there is nothing left to average after dropping, so the mean is used and
 *   the summary says so (`fellBack`, `method` = 'mean').
 *
 * Dispersion is over ALL the marks, the dropped ones too, because it is there to show the
 * committee how far the experts disagreed:
 *
 * - sd    = √( Σ (xₖ − mean)² / (n − 1) ), the sample standard deviation; NaN for n = 1
 * - range = xₙ − x₁ (max − min)
 *
 * The summaries come in the order the (period, unit, indicator) groups first appear in the
 * input; the values do not depend on the order of the marks.
 */
export const MARK_AGGREGATIONS: readonly MarkAggregation[] = ['mean', 'median', 'trimmed'];

export interface MarkSummary {
  period: string;
  unit: string;
  indicator: string;
  /** The aggregated mark. */
  value: number;
  /** The method asked for. */
  requested: MarkAggregation;
  /** The method used: `mean` where `trimmed` fell back for lack of marks. */
  method: MarkAggregation;
  /** True where `trimmed` was asked with fewer than 3 marks and the mean was used. */
  fellBack: boolean;
  /** Number of marks (experts). */
  n: number;
  mean: number;
  /** Sample standard deviation of all the marks (n − 1); NaN for a single mark. */
  sd: number;
  min: number;
  max: number;
  /** max − min. */
  range: number;
  /** Experts whose marks the trimmed mean dropped: the lowest first, then the highest. Among
   * experts with the same mark, the first by expert name in code-point order is the lowest and
   * the last is the highest, so the choice is deterministic. Empty for mean and median. */
  dropped: string[];
}

/** Aggregates marks per (period, unit, indicator). Throws `engine.process.badMarkMethod` for
 * an unknown method, `engine.process.markNotFinite` for a mark that is not a finite number and
 * `engine.process.duplicateMark` when an expert marks the same unit and indicator twice in one
 * period (the importer refuses both; a direct caller gets them as errors). */
export function aggregateMarks(marks: readonly Mark[], method: MarkAggregation = 'trimmed'): MarkSummary[] {
  if (!MARK_AGGREGATIONS.includes(method)) {
    throw new KaopingError('engine.process.badMarkMethod', { method: String(method), allowed: MARK_AGGREGATIONS.join(', ') });
  }
  const groups = new Map<string, Mark[]>();
  const experts = new Set<string>();
  for (const m of marks) {
    if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
      throw new KaopingError('engine.process.markNotFinite', {
        unit: m.unit, period: m.period, indicator: m.indicator, expert: m.expert, value: String(m.value),
      });
    }
    const key = JSON.stringify([m.period, m.unit, m.indicator]);
    const expertKey = JSON.stringify([m.period, m.unit, m.indicator, m.expert]);
    if (experts.has(expertKey)) {
      throw new KaopingError('engine.process.duplicateMark', { unit: m.unit, period: m.period, indicator: m.indicator, expert: m.expert });
    }
    experts.add(expertKey);
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((group) => summarise(group, method));
}

function summarise(group: Mark[], requested: MarkAggregation): MarkSummary {
  // By value, then by expert, so ties are dropped the same way whatever the input order.
  const sorted = [...group].sort((a, b) => a.value - b.value || compareText(a.expert, b.expert));
  const x = sorted.map((m) => m.value);
  const n = x.length;
  let sum = 0;
  for (const v of x) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of x) ss += (v - mean) * (v - mean);
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : NaN;
  const min = x[0];
  const max = x[n - 1];

  const fellBack = requested === 'trimmed' && n < 3;
  const method: MarkAggregation = fellBack ? 'mean' : requested;
  let value = mean;
  let dropped: string[] = [];
  if (method === 'median') {
    value = n % 2 === 1 ? x[(n - 1) / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
  } else if (method === 'trimmed') {
    // Summed afresh rather than (sum − min − max), so a large dropped mark cannot cost precision.
    let inner = 0;
    for (let k = 1; k < n - 1; k++) inner += x[k];
    value = inner / (n - 2);
    dropped = [sorted[0].expert, sorted[n - 1].expert];
  }
  const { period, unit, indicator } = group[0];
  return { period, unit, indicator, value, requested, method, fellBack, n, mean, sd, min, max, range: max - min, dropped };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
