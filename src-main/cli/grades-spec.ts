import { KaopingError } from '../../src-shared/api';
import type { GradeRules } from '../../src-shared/engine/scheme';

/** The four grades most assessments use (优秀/良好/一般/较差) at 90, 80 and 60 points. */
export const DEFAULT_GRADES: GradeRules = { labels: ['优秀', '良好', '一般', '较差'], thresholds: [90, 80, 60] };

/** Reads `--grades` text: grades best first, separated by commas; each is a label, then
 * optionally `>=N` (its lower bound) and `<=N%` or `<=N` (a quota: at most that share or
 * count of the ranked units hold it or better). The last grade takes no bound. Example:
 * `优秀>=90<=20%,良好>=80,一般>=60,较差`. */
export function parseGradesSpec(spec: string): GradeRules {
  const parts = spec.split(',').map((p) => p.trim());
  const labels: string[] = [];
  const thresholds: number[] = [];
  const quotas: NonNullable<GradeRules['quotas']> = [];
  const bad = (): never => {
    throw new KaopingError('cli.badGrades', { value: spec });
  };
  parts.forEach((part, k) => {
    const m = /^([^<>=]+?)\s*(?:>=\s*(-?[\d.]+))?\s*(?:<=\s*([\d.]+)(%)?)?$/.exec(part);
    if (!m || !m[1].trim()) bad();
    const [, label, min, quota, percent] = m!;
    labels.push(label.trim());
    const last = k === parts.length - 1;
    if (min !== undefined) {
      if (last || !Number.isFinite(Number(min))) bad();
      thresholds.push(Number(min));
    } else if (!last && thresholds.length > 0) bad();
    if (quota !== undefined) {
      const q = Number(quota);
      if (!Number.isFinite(q)) bad();
      quotas.push(percent ? { grade: label.trim(), share: q / 100 } : { grade: label.trim(), count: Math.round(q) });
    }
  });
  if (thresholds.length > 0 && thresholds.length !== labels.length - 1) bad();
  if (thresholds.some((t, i) => i > 0 && t >= thresholds[i - 1])) bad();
  return { labels, ...(thresholds.length ? { thresholds } : {}), ...(quotas.length ? { quotas } : {}) };
}
