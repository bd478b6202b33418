import type { EngineWarning } from '../types';
import type { PeerGroups } from './peers';

/** Warnings for a scored column whose cells are missing for a reason the data do not show,
 * with the keys of the standard computation:
 *
 * - no unit has a value (`values`): `engine.emptyIndicator`;
 * - a peer group has inputs (`inputs`: what the method scores — the raw value, or the growth
 *   for `growth`) but not one score: the inputs are all equal there, nothing tells the units
 *   apart. Over all units: `engine.constantIndicator`; within categories, per category:
 *   `engine.scoring.constantInCategory` (category `—` for the units without one).
 *
 * Units without a value are missing anyway and need no warning. */
export function reportMissing(
  code: string,
  values: ArrayLike<number>,
  inputs: ArrayLike<number>,
  mask: Uint8Array,
  groups: PeerGroups,
  warnings: EngineWarning[],
): void {
  let any = false;
  for (let i = 0; i < values.length && !any; i++) any = Number.isFinite(values[i]);
  if (!any) {
    warnings.push({ key: 'engine.emptyIndicator', params: { indicator: code }, indicator: code });
    return;
  }
  groups.members.forEach((g, k) => {
    let hasInput = false;
    let scored = false;
    for (const i of g) {
      if (Number.isFinite(inputs[i])) hasInput = true;
      if (mask[i]) scored = true;
    }
    if (!hasInput || scored) return;
    if (groups.whole) warnings.push({ key: 'engine.constantIndicator', params: { indicator: code }, indicator: code });
    else {
      const category = groups.labels[k] ?? '—';
      warnings.push({ key: 'engine.scoring.constantInCategory', params: { indicator: code, category }, indicator: code });
    }
  });
}

/** At most `max` unit codes for a message (sorted, so the text does not depend on the order of
 * the units), then "…". */
export function someUnits(unitCodes: readonly string[], indices: readonly number[], max = 5): string {
  const shown = indices.map((i) => unitCodes[i]).sort().slice(0, max);
  return shown.join(', ') + (indices.length > max ? ', …' : '');
}
