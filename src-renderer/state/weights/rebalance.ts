/** Setting one node's share of its parent, the others making room (pure).
 *
 * The group keeps its total T of points. With L the points of the locked siblings and S those
 * of the unlocked siblings, the node gets
 *
 *   w' = clamp(share × T, 0, T − L)
 *
 * and every unlocked sibling f is scaled by the same factor, so they keep their ratios:
 *
 *   w'_f = w_f × (T − L − w') / S
 *
 * Edge cases:
 * - unlocked siblings that are all at 0 (S = 0) share the rest equally;
 * - a share of 1 sets the unlocked siblings to 0 (the node takes T − L);
 * - all siblings locked (or none at all): the node cannot move without changing the total, so
 *   the change is clamped to nothing and the group comes back as it was;
 * - a group whose total is 0 is taken as a total of 1 point, so that shares can be set at all;
 * - a share outside [0, 1] is clamped; a share that is not a number changes nothing.
 *
 * Returns the new weight of every code of the group (a new object; the input is not touched). */
export function rebalance(
  group: readonly string[],
  weights: Readonly<Record<string, number>>,
  locked: ReadonlySet<string>,
  code: string,
  share: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of group) out[c] = weights[c] ?? 0;
  if (!group.includes(code) || Number.isNaN(share)) return out;

  const free = group.filter((c) => c !== code && !locked.has(c));
  if (free.length === 0) return out;

  let total = 0;
  let lockedSum = 0;
  let freeSum = 0;
  for (const c of group) {
    total += out[c];
    if (c !== code && locked.has(c)) lockedSum += out[c];
  }
  for (const c of free) freeSum += out[c];
  if (total <= 0) total = 1;

  const s = Math.min(1, Math.max(0, share));
  const room = Math.max(0, total - lockedSum);
  const own = Math.min(room, s * total);
  const rest = room - own;
  out[code] = own;
  for (const c of free) out[c] = freeSum > 0 ? (out[c] * rest) / freeSum : rest / free.length;
  return out;
}

/** The group's weights in proportion to `target` (a method's result: AHP, entropy, ...), on
 * the group's current total, with locked nodes keeping theirs:
 *
 *   w'_f = (T − L) × m_f / Σ_free m        for every unlocked node f
 *
 * (T the group's total, taken as Σ m when it is 0; L the locked nodes' points; a node `target`
 * does not name counts as 0). When the unlocked nodes' `target` values are all 0 they share
 * T − L equally; with every node locked nothing changes. Returns the new weight of every code
 * of the group (a new object). */
export function applyProportions(
  group: readonly string[],
  weights: Readonly<Record<string, number>>,
  locked: ReadonlySet<string>,
  target: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of group) out[c] = weights[c] ?? 0;
  const free = group.filter((c) => !locked.has(c));
  if (free.length === 0) return out;

  let total = 0;
  let lockedSum = 0;
  let targetSum = 0;
  let freeTargetSum = 0;
  for (const c of group) {
    total += out[c];
    const m = target[c] ?? 0;
    targetSum += m;
    if (locked.has(c)) lockedSum += out[c];
    else freeTargetSum += m;
  }
  if (total <= 0) total = targetSum > 0 ? targetSum : 1;
  const room = Math.max(0, total - lockedSum);
  for (const c of free) out[c] = freeTargetSum > 0 ? (room * (target[c] ?? 0)) / freeTargetSum : room / free.length;
  return out;
}
