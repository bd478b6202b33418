import { combineLinear } from '../../../src-shared/engine/weights/combined';

/** Pure arithmetic behind the per-group weighting methods: objective leaf weights brought into
 * one group, equal and combined shares, and shares turned back into points. */

/** Objective weights as the api gives them: one per leaf, summing to 1 over all leaves. */
export interface LeafWeight {
  code: string;
  weight: number;
}

/** The objective weights of a group's members as shares of the group:
 *
 *   o_k = w_k / Σ_{j in group} w_j
 *
 * Null when a member has no objective weight (it is an aggregate: objective methods weigh
 * indicators, not groups) or when the data give the whole group 0. */
export function objectiveWithinGroup(leafWeights: readonly LeafWeight[], members: readonly string[]): Record<string, number> | null {
  const byCode = new Map(leafWeights.map((w) => [w.code, w.weight]));
  if (members.length === 0 || !members.every((c) => byCode.has(c))) return null;
  const sum = members.reduce((s, c) => s + (byCode.get(c) as number), 0);
  if (!(sum > 0)) return null;
  return Object.fromEntries(members.map((c) => [c, (byCode.get(c) as number) / sum]));
}

/** 1/n for each member. */
export function equalShares(members: readonly string[]): Record<string, number> {
  return Object.fromEntries(members.map((c) => [c, 1 / members.length]));
}

/** Shares of a points vector (Σ = 1); null when the points sum to 0. */
export function sharesOf(points: Readonly<Record<string, number>>, members: readonly string[]): Record<string, number> | null {
  const sum = members.reduce((s, c) => s + (points[c] ?? 0), 0);
  if (!(sum > 0)) return null;
  return Object.fromEntries(members.map((c) => [c, (points[c] ?? 0) / sum]));
}

/** The linear combination w = α·s + (1 − α)·o of the policy shares s and the objective shares
 * o (both made to sum to 1 first), by the engine's `combineLinear`. */
export function combinedShares(
  policy: Readonly<Record<string, number>>,
  objective: Readonly<Record<string, number>>,
  alpha: number,
  members: readonly string[],
): Record<string, number> {
  const w = combineLinear(
    members.map((c) => policy[c] ?? 0),
    members.map((c) => objective[c] ?? 0),
    alpha,
    members,
  );
  return Object.fromEntries(members.map((c, k) => [c, w[k]]));
}
