import { KaopingError } from '../../api/errors';
import type { BlendSettings } from '../scheme';

export const DEFAULT_LEVEL_SHARE = 0.3;

/** The level share with its default (0.3: 30% stock, 70% growth, Longquan's rule R4); throws
 * `engine.scoring.invalidLevelShare` outside [0, 1]. */
export function resolveLevelShare(settings: BlendSettings | undefined): number {
  const share = settings?.levelShare ?? DEFAULT_LEVEL_SHARE;
  if (!(Number.isFinite(share) && share >= 0 && share <= 1)) {
    throw new KaopingError('engine.scoring.invalidLevelShare', { share: String(share) });
  }
  return share;
}

/** The stock/increment blend (domain notes rule R4, the answer to "scoring the stock rewards
 * the well endowed"): both parts already scored on the output range over the same peers,
 *
 *   s_i = λ × L_i + (1 − λ) × G_i        λ = level share, L = min-max of the level,
 *                                        G = min-max of the capped growth
 *
 * Where one part is missing the other stands alone (its share renormalised to 1, as an
 * aggregate does with a missing child): a unit without a usable base gets its level part, and
 * a level column that is constant among the peers leaves the growth part. Both missing:
 * missing. Writes the blend over the level part (`level`, `levelMask`). */
export function blendInto(
  level: Float64Array,
  levelMask: Uint8Array,
  growth: Float64Array,
  growthMask: Uint8Array,
  levelShare: number,
): void {
  for (let i = 0; i < level.length; i++) {
    if (levelMask[i] && growthMask[i]) level[i] = levelShare * level[i] + (1 - levelShare) * growth[i];
    else if (growthMask[i]) {
      level[i] = growth[i];
      levelMask[i] = 1;
    }
  }
}
