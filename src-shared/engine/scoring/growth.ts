import { KaopingError } from '../../api/errors';
import { checkMatrix } from '../matrix';
import type { GrowthSettings } from '../scheme';
import type { EvaluationMatrix } from '../types';

/** Growth settings with the defaults filled in: relative growth capped at ±100 (%); absolute
 * growth uncapped unless a cap is given. `cap: null` asks for no cap. */
export interface ResolvedGrowth {
  mode: 'relative' | 'absolute';
  cap: number | null;
}

export const DEFAULT_RELATIVE_CAP = 100;

/** Fills in the defaults; throws `engine.scoring.invalidGrowthCap` for a cap that is not a
 * finite number > 0. */
export function resolveGrowth(settings: GrowthSettings | undefined): ResolvedGrowth {
  const mode = settings?.mode ?? 'relative';
  const asked = settings?.cap;
  const cap = asked === undefined ? (mode === 'relative' ? DEFAULT_RELATIVE_CAP : null) : asked;
  if (cap !== null && !(Number.isFinite(cap) && cap > 0)) {
    throw new KaopingError('engine.scoring.invalidGrowthCap', { cap: String(cap) });
  }
  return { mode, cap };
}

/** The previous period's values of one indicator, laid out like the current matrix's units
 * (matched by unit code; NaN where the unit or its value is absent). Null when there is no
 * previous matrix or it has no column for the indicator. */
export function alignPrevious(unitCodes: readonly string[], previous: EvaluationMatrix | undefined): (code: string) => Float64Array | null {
  if (!previous) return () => null;
  const columns = checkMatrix(previous);
  const m = previous.unitCodes.length;
  const row = new Map(previous.unitCodes.map((u, i) => [u, i]));
  const at = Int32Array.from(unitCodes, (u) => row.get(u) ?? -1);
  return (code) => {
    const c = columns.get(code);
    if (c === undefined) return null;
    return Float64Array.from(at, (i) => {
      const v = i < 0 ? NaN : previous.values[c * m + i];
      return Number.isFinite(v) ? v : NaN;
    });
  };
}

/** Growth against the previous period (domain notes rule R4 and §6.9's pitfall "growth rates
 * on small bases explode"), per unit, before direction:
 *
 *   relative:  g_i = 100 × (x_i − p_i) / |p_i|     (missing when p_i is missing or 0)
 *   absolute:  g_i = x_i − p_i                     (missing when p_i is missing)
 *   capped:    g_i = clamp(g_i, −cap, cap)
 *
 * A village going from 1 to 5 万元 has +400%; with the default cap it counts as +100%, so a
 * tiny base cannot dominate. `noBase` lists the units that have a value now but no usable
 * base (for the warning). The caller scores g by min-max over the peers, direction applied. */
export function growthColumn(
  current: ArrayLike<number>,
  previous: ArrayLike<number>,
  settings: ResolvedGrowth,
): { values: Float64Array; noBase: number[] } {
  const n = current.length;
  const values = new Float64Array(n).fill(NaN);
  const noBase: number[] = [];
  const cap = settings.cap;
  for (let i = 0; i < n; i++) {
    const x = current[i];
    if (!Number.isFinite(x)) continue;
    const p = previous[i];
    if (!Number.isFinite(p) || (settings.mode === 'relative' && p === 0)) {
      noBase.push(i);
      continue;
    }
    let g = settings.mode === 'relative' ? (100 * (x - p)) / Math.abs(p) : x - p;
    if (cap !== null) g = Math.min(cap, Math.max(-cap, g));
    values[i] = g;
  }
  return { values, noBase };
}
