import { KaopingError } from '../api/errors';
import type { Indicator } from '../model/indicator';
import type { NormalisedMatrix } from './normalise';
import { asTree, checkWeightOverrides, weightOf, type IndicatorTree } from './tree';
import type { ScoreOptions } from './types';

export interface LeafContribution {
  code: string;
  /** This unit's effective weight of the leaf (see `explainUnit`); 0 where the leaf is missing. */
  weight: number;
  /** The leaf's normalised score; NaN where missing. */
  score: number;
  /** weight × score; 0 where the leaf is missing. */
  contribution: number;
}

export interface UnitExplanation {
  unit: string;
  /** True when the overall index and every aggregate node are arithmetic means: then the
   * contributions add up to the unit's base score. Under geometric means the weights are still
   * right (they are the exponents: base = Π score^weight) but contributions do not add up. */
  additive: boolean;
  /** Every scored leaf, in tree order. */
  leaves: LeafContribution[];
}

/** Each leaf's contribution to one unit's base score (before bonus and penalty):
 *
 *   weight(leaf) = Π over the nodes n on the path from the top level to the leaf of
 *                  w(n) / Σ { w(s) : s a sibling of n (n included) present for this unit }
 *   contribution(leaf) = weight(leaf) × score(leaf)
 *
 * where a leaf is present if it has a normalised score and an aggregate is present if any
 * child with weight > 0 is. This is the effective weight of tree.ts renormalised over what this
 * unit has, so under arithmetic aggregation Σ contribution = base exactly (up to rounding):
 * unrolling s(node) = Σ_k w_k s_k / Σ_k w_k from the top gives exactly these products.
 * `options` takes the same `aggregate` and `weights` as the scoring. */
export function explainUnit(
  treeOrIndicators: IndicatorTree | readonly Indicator[],
  normalised: NormalisedMatrix,
  unitIndex: number,
  options: ScoreOptions = {},
): UnitExplanation {
  const tree = asTree(treeOrIndicators);
  checkWeightOverrides(tree, options.weights);
  if (!Number.isInteger(unitIndex) || unitIndex < 0 || unitIndex >= normalised.nUnits) {
    throw new KaopingError('engine.unknownUnit', { unit: String(unitIndex) });
  }
  const n = normalised.nUnits;
  const w = (code: string): number => weightOf(tree, code, options.weights);

  const leafIndex = new Map<string, number>();
  normalised.leafCodes.forEach((c, j) => leafIndex.set(c, j));
  const present = new Map<string, boolean>();
  const isPresent = (code: string): boolean => {
    const known = present.get(code);
    if (known !== undefined) return known;
    const ch = tree.children.get(code);
    const j = leafIndex.get(code);
    const p = ch ? ch.some((c) => w(c) > 0 && isPresent(c)) : j !== undefined && normalised.mask[j * n + unitIndex] === 1;
    present.set(code, p);
    return p;
  };

  const share = new Map<string, number>();
  const walk = (codes: readonly string[], parentShare: number): void => {
    let sum = 0;
    for (const c of codes) if (isPresent(c)) sum += w(c);
    for (const c of codes) {
      const s = sum > 0 && isPresent(c) ? (parentShare * w(c)) / sum : 0;
      share.set(c, s);
      const ch = tree.children.get(c);
      if (ch) walk(ch, s);
    }
  };
  walk(tree.topLevel, 1);

  const leaves = tree.leaves.map((code): LeafContribution => {
    const j = leafIndex.get(code);
    const has = j !== undefined && normalised.mask[j * n + unitIndex] === 1;
    const score = has ? normalised.scores[j * n + unitIndex] : NaN;
    const weight = has ? share.get(code)! : 0;
    return { code, weight, score, contribution: has ? weight * score : 0 };
  });
  const additive =
    options.aggregate !== undefined
      ? options.aggregate === 'arithmetic'
      : tree.aggregates.every((c) => tree.byCode.get(c)!.aggregation === 'arithmetic');
  return { unit: normalised.unitCodes[unitIndex], additive, leaves };
}
