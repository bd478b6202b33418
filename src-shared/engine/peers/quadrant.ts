import { median } from './stats';

/** Level against improvement (水平–进步四象限): each unit's total this period (level) and its
 * change since the previous period (improvement), split at the medians of the units shown.
 *
 *                  improvement ≥ median     improvement < median
 *   level ≥ median   strong (领先)            fallingBehind (下滑)
 *   level < median   catchingUp (追赶)        lagging (滞后)
 *
 * A value equal to its median counts as "at or above": the split is the same one a reader sees
 * against the median line. Units without both numbers are left out and do not move the medians. */
export type Quadrant = 'strong' | 'catchingUp' | 'fallingBehind' | 'lagging';

export interface QuadrantPoint {
  code: string;
  level: number;
  improvement: number;
  quadrant: Quadrant;
}

export interface QuadrantResult {
  levelMedian: number;
  improvementMedian: number;
  points: QuadrantPoint[];
}

export function classifyQuadrants(units: readonly { code: string; level: number; improvement: number }[]): QuadrantResult {
  const usable = units.filter((u) => Number.isFinite(u.level) && Number.isFinite(u.improvement));
  const levelMedian = median(usable.map((u) => u.level));
  const improvementMedian = median(usable.map((u) => u.improvement));
  const points = usable.map((u) => ({ ...u, quadrant: quadrantOf(u.level >= levelMedian, u.improvement >= improvementMedian) }));
  return { levelMedian, improvementMedian, points };
}

function quadrantOf(high: boolean, improving: boolean): Quadrant {
  if (high) return improving ? 'strong' : 'fallingBehind';
  return improving ? 'catchingUp' : 'lagging';
}
