import { KaopingError } from '../../api/errors';
import type { SensitivityInput } from '../sensitivity/monte-carlo';
import type { EvaluationMatrix } from '../types';
import { overlayScheme, type DataEdit, type ScenarioDefinition } from './definition';

/** The scenario's input: the base input with the overlay on its scheme, the data edits applied
 * to a copy of the matrix, and the category changes applied to a copy of the context. The base
 * input is never changed. Throws KaopingError (`scenarios.*`) naming the edit at fault: an
 * unknown unit or indicator, a value that is not a finite number, a negative factor, an edit
 * of a missing value by multiplying or adding. */
export function applyScenario(base: SensitivityInput, definition: ScenarioDefinition): SensitivityInput {
  const matrix = applyEdits(base.matrix, definition.edits ?? []);
  let categories = base.context.categories;
  const moves = Object.entries(definition.categories ?? {});
  if (moves.length > 0) {
    const next = base.matrix.unitCodes.map((_, i) => base.context.categories?.[i] ?? null);
    for (const [unit, category] of moves) {
      const i = base.matrix.unitCodes.indexOf(unit);
      if (i < 0) throw new KaopingError('scenarios.unknownUnit', { unit });
      next[i] = category;
    }
    categories = next;
  }
  return {
    tree: base.tree,
    matrix,
    scheme: overlayScheme(base.scheme, definition.overlay),
    context: { ...base.context, categories },
  };
}

/** A copy of the matrix with the edits applied in order. */
export function applyEdits(matrix: EvaluationMatrix, edits: readonly DataEdit[]): EvaluationMatrix {
  if (edits.length === 0) return matrix;
  const n = matrix.unitCodes.length;
  const values = Float64Array.from(matrix.values);
  edits.forEach((e, index) => {
    const at = index + 1;
    const i = matrix.unitCodes.indexOf(e.unit);
    if (i < 0) throw new KaopingError('scenarios.editUnknownUnit', { unit: e.unit, edit: at });
    const j = matrix.leafCodes.indexOf(e.indicator);
    if (j < 0) throw new KaopingError('scenarios.editUnknownIndicator', { indicator: e.indicator, edit: at });
    if (!Number.isFinite(e.value)) throw new KaopingError('scenarios.badEditValue', { unit: e.unit, indicator: e.indicator, value: String(e.value), edit: at });
    if (e.op === 'multiply' && e.value < 0) {
      throw new KaopingError('scenarios.badFactor', { unit: e.unit, indicator: e.indicator, value: String(e.value), edit: at });
    }
    const k = j * n + i;
    const old = values[k];
    if (e.op !== 'set' && !Number.isFinite(old)) {
      throw new KaopingError('scenarios.editMissingValue', { unit: e.unit, indicator: e.indicator, edit: at });
    }
    values[k] = e.op === 'set' ? e.value : e.op === 'multiply' ? old * e.value : old + e.value;
  });
  return { ...matrix, values };
}
