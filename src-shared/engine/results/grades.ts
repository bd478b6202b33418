import { KaopingError } from '../../api/errors';
import type { GradeRules, VetoEffect } from '../scheme';

/** Grades (等次) of every unit. Arrays indexed like the units. */
export interface GradeAssignment {
  /** Index into `labels`, 0 = best; -1 = no grade (no rules, missing total, or excluded). */
  grade: Int32Array;
  /** 1 where the unit is tied with a unit on the other side of a quota boundary. */
  boundaryTie: Uint8Array;
  labels: string[];
}

export interface GradeInputs {
  /** Final totals; NaN = missing (no grade). */
  total: ArrayLike<number>;
  /** 1 = taken out of the ranking (no grade, not counted in any quota). */
  excluded: Uint8Array;
  /** 1 = a veto is triggered. */
  veto: Uint8Array;
  vetoEffect: VetoEffect;
  /** Each unit's category, for per-category quotas (null = no category: a group of its own). */
  categories: readonly (string | null)[];
  /** Optional: every unit with a total and not excluded, by total descending (the order within
   * a tie does not matter). Given, it saves the sort: the Monte Carlo has it from each draw's
   * ranks. */
  order?: ArrayLike<number>;
}

/** Grades by thresholds, vetoes, then quotas, in this order:
 *
 * 1. Thresholds: g_i = the best grade k whose lower bound t_k the total reaches (total_i >= t_k;
 *    the last grade has no bound). Without thresholds every unit starts in grade 0.
 * 2. Vetoes (veto_i = 1): `lowestGrade` sets g_i to the last grade; `noTopGrade` makes g_i at
 *    least 1 (no effect with a single grade); `exclude` units get no grade at all (-1). Done
 *    before the quotas, so that a unit barred from a grade does not take one of its places.
 * 3. Quotas, by grade best first (for the same grade, in the order listed): a quota on grade q
 *    says that at most Q units may hold grade q or better, with
 *      Q = min(count, ⌊share × N⌋)     (whichever are given; N = the units ranked, i.e. with a
 *                                        total and not excluded, overall or in the category)
 *    Walking down the ranking (totals descending) of the quota's population — all ranked units,
 *    or each category's with `perCategory` — c counts the units holding grade <= q so far. A
 *    group of tied units (exactly equal totals) holding grade <= q, k of them:
 *      c + k <= Q          they keep their grades (c += k);
 *      c < Q < c + k       the boundary falls inside the tie: they ALL KEEP the better grade and
 *                          are all flagged `boundaryTie` (c += k, so the quota is exceeded and
 *                          every later unit moves down). The rules cannot tell tied units
 *                          apart, so the engine does not choose: it shows the tie and the
 *                          committee decides whom to move (domain.md §7.3 step 5);
 *      c >= Q              they move to grade q + 1.
 *
 * Results depend on totals and categories only, never on the order of units. */
export function assignGrades(rules: GradeRules | undefined, inputs: GradeInputs): GradeAssignment {
  const n = inputs.total.length;
  const grade = new Int32Array(n).fill(-1);
  const boundaryTie = new Uint8Array(n);
  if (!rules) return { grade, boundaryTie, labels: [] };
  checkGradeRules(rules);
  const { labels, thresholds } = rules;
  const last = labels.length - 1;
  const { total, excluded, veto, vetoEffect } = inputs;

  const ranked: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = total[i];
    if (Number.isNaN(t) || excluded[i] === 1) continue;
    ranked.push(i);
    let g = 0;
    if (thresholds) {
      g = last;
      for (let k = 0; k < thresholds.length; k++) {
        if (t >= thresholds[k]) {
          g = k;
          break;
        }
      }
    }
    if (veto[i] === 1 && vetoEffect === 'lowestGrade') g = last;
    if (veto[i] === 1 && vetoEffect === 'noTopGrade' && g === 0 && last > 0) g = 1;
    grade[i] = g;
  }

  // Best first; the order inside a tie does not matter (a tie is handled as a whole).
  if (inputs.order) {
    if (inputs.order.length !== ranked.length) throw new Error('assignGrades: order does not list the ranked units');
    for (let m = 0; m < ranked.length; m++) ranked[m] = inputs.order[m];
  } else ranked.sort((a, b) => (total[a] > total[b] ? -1 : total[a] < total[b] ? 1 : 0));
  const quotas = (rules.quotas ?? [])
    .map((quota, listed) => ({ quota, listed, q: labels.indexOf(quota.grade) }))
    .sort((x, y) => x.q - y.q || x.listed - y.listed);
  for (const { quota, q } of quotas) {
    const populations = quota.perCategory ? byCategory(ranked, inputs.categories) : [ranked];
    for (const population of populations) {
      const share = quota.share === undefined ? Infinity : Math.floor(quota.share * population.length + 1e-9);
      const limit = Math.min(quota.count ?? Infinity, share);
      applyQuota(population, total, q, limit, grade, boundaryTie);
    }
  }
  return { grade, boundaryTie, labels: [...labels] };
}

/** The ranked units split by category, each list keeping the ranking's order. */
function byCategory(ranked: readonly number[], categories: readonly (string | null)[]): number[][] {
  const groups = new Map<string | null, number[]>();
  for (const i of ranked) {
    const c = categories[i] ?? null;
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  }
  return [...groups.values()];
}

/** One quota over one population (unit indices sorted by total descending): see assignGrades. */
function applyQuota(
  population: readonly number[],
  total: ArrayLike<number>,
  q: number,
  limit: number,
  grade: Int32Array,
  boundaryTie: Uint8Array,
): void {
  let count = 0;
  for (let start = 0; start < population.length; ) {
    let end = start + 1;
    while (end < population.length && total[population[end]] === total[population[start]]) end++;
    // the tie's holders of grade q or better (counted, then flagged or moved, in place: this
    // runs once per draw in the Monte Carlo)
    let k = 0;
    for (let m = start; m < end; m++) if (grade[population[m]] <= q) k++;
    if (k > 0) {
      if (count + k <= limit) count += k;
      else if (count < limit) {
        for (let m = start; m < end; m++) if (grade[population[m]] <= q) boundaryTie[population[m]] = 1;
        count += k;
      } else for (let m = start; m < end; m++) if (grade[population[m]] <= q) grade[population[m]] = q + 1;
    }
    start = end;
  }
}

/** Throws for rules the grading cannot follow: `engine.gradeLabels` (none, or repeated),
 * `engine.gradeThresholds` (not one per grade but the last, or not strictly descending),
 * `engine.unknownGrade` (a quota's grade is not a label), `engine.quotaLastGrade` (a quota on
 * the last grade: nowhere to move to), `engine.invalidQuota` (neither share nor count, share
 * outside [0, 1], count not a whole number >= 0). */
export function checkGradeRules(rules: GradeRules): void {
  const { labels, thresholds, quotas } = rules;
  if (labels.length === 0 || new Set(labels).size !== labels.length) {
    throw new KaopingError('engine.gradeLabels', { labels: labels.join(', ') });
  }
  if (thresholds) {
    const descending = thresholds.every((t, k) => Number.isFinite(t) && (k === 0 || t < thresholds[k - 1]));
    if (thresholds.length !== labels.length - 1 || !descending) {
      throw new KaopingError('engine.gradeThresholds', { expected: labels.length - 1, thresholds: thresholds.join(', ') });
    }
  }
  for (const quota of quotas ?? []) {
    const q = labels.indexOf(quota.grade);
    if (q < 0) throw new KaopingError('engine.unknownGrade', { grade: quota.grade });
    if (q === labels.length - 1) throw new KaopingError('engine.quotaLastGrade', { grade: quota.grade });
    const shareOk = quota.share === undefined || (quota.share >= 0 && quota.share <= 1);
    const countOk = quota.count === undefined || (Number.isInteger(quota.count) && quota.count >= 0);
    if ((quota.share === undefined && quota.count === undefined) || !shareOk || !countOk) {
      throw new KaopingError('engine.invalidQuota', { grade: quota.grade });
    }
  }
}
