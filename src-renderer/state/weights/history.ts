import type { WeightAction, WeightsModel } from './types';

/** Undo and redo of weight edits, kept as data: each entry is the action with the model before
 * and after it. Undo puts `before` back (exactly: the reducer never mutates a model, so these
 * are the very objects), redo puts `after` back. Every edit that changed something is an
 * entry, locks and methods included; a new edit clears what could be redone. */

export interface HistoryEntry {
  action: WeightAction;
  before: WeightsModel;
  after: WeightsModel;
}

export interface WeightsHistory {
  /** Oldest first; the last one is what undo takes back. */
  past: HistoryEntry[];
  /** Next to redo last (a stack: the last one is what redo applies). */
  future: HistoryEntry[];
}

/** How many edits undo can reach back; older ones are dropped. */
export const HISTORY_LIMIT = 500;

export function emptyHistory(): WeightsHistory {
  return { past: [], future: [] };
}

/** The history after `action` took the model from `before` to `after`. Nothing is recorded
 * when the model did not change. An action with `coalesce` that follows the same kind of edit
 * on the same node and category replaces that entry (keeping its `before`), so a slider drag
 * is one step. */
export function recordEdit(history: WeightsHistory, action: WeightAction, before: WeightsModel, after: WeightsModel): WeightsHistory {
  if (sameModel(before, after)) return history;
  const last = history.past.at(-1);
  if (last && sameModel(last.after, before) && coalesces(last.action, action)) {
    return { past: [...history.past.slice(0, -1), { action, before: last.before, after }], future: [] };
  }
  const past = [...history.past, { action, before, after }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** Takes back the last edit: the model to show and the history after; null with nothing to undo. */
export function undoEdit(history: WeightsHistory): { model: WeightsModel; history: WeightsHistory } | null {
  const last = history.past.at(-1);
  if (!last) return null;
  return { model: last.before, history: { past: history.past.slice(0, -1), future: [...history.future, last] } };
}

/** Applies again the last edit taken back; null with nothing to redo. */
export function redoEdit(history: WeightsHistory): { model: WeightsModel; history: WeightsHistory } | null {
  const next = history.future.at(-1);
  if (!next) return null;
  return { model: next.after, history: { past: [...history.past, next], future: history.future.slice(0, -1) } };
}

/** The same model (its parts are never mutated, so identity of the parts is equality). */
function sameModel(a: WeightsModel, b: WeightsModel): boolean {
  return (
    a.weights === b.weights &&
    a.categoryWeights === b.categoryWeights &&
    a.locks === b.locks &&
    a.methods === b.methods &&
    a.methodOptions === b.methodOptions
  );
}

function coalesces(previous: WeightAction, action: WeightAction): boolean {
  if (action.type !== 'setWeight' && action.type !== 'setShare') return false;
  if (!action.coalesce || previous.type !== action.type) return false;
  return previous.code === action.code && previous.category === action.category;
}
