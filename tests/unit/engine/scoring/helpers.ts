import { expect } from 'vitest';
import { buildTree, leafColumn, type NormalisedMatrix } from '../../../../src-shared/engine';
import { normaliseScheme } from '../../../../src-shared/engine/scoring';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import type { EvaluationContext } from '../../../../src-shared/engine/types';
import type { Indicator } from '../../../../src-shared/model';
import { ind, matrix } from '../helpers';

/** One leaf L under a root G, scored alone: `values` are the units' raw values (NaN = missing). */
export function scoreOne(
  values: number[],
  leaf: Partial<Indicator>,
  scheme: ScoringScheme = {},
  context: EvaluationContext = {},
): { scores: number[]; nm: NormalisedMatrix } {
  const tree = buildTree([ind('G', null), ind('L', 'G', leaf.weight ?? 1, leaf)]);
  const units = values.map((_, i) => `u${i + 1}`);
  const nm = normaliseScheme(tree, matrix(units, ['L'], values.map((v) => [v])), scheme, context);
  return { scores: column(nm, 'L'), nm };
}

/** A leaf's scores with NaN where the mask says missing. */
export function column(nm: NormalisedMatrix, code: string): number[] {
  const j = nm.leafCodes.indexOf(code);
  expect(j).toBeGreaterThanOrEqual(0);
  const { score, mask } = leafColumn(nm, j);
  return Array.from(score, (s, i) => (mask[i] ? s : NaN));
}

/** Element-wise toBeCloseTo (NaN must meet NaN). */
export function expectClose(actual: number[], expected: number[], digits = 12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    if (Number.isNaN(expected[i])) expect(a, `index ${i}`).toBeNaN();
    else expect(a, `index ${i}`).toBeCloseTo(expected[i], digits);
  });
}

export const keys = (nm: NormalisedMatrix): string[] => nm.warnings.map((w) => w.key);
